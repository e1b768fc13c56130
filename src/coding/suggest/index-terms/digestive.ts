/** Clinical terms, digestive system: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const DIGESTIVE_TERMS = `
K21.9 | gerd; acid reflux; reflux; gastroesophageal reflux; gastroesophageal reflux disease; gord; reflux disease; chronic reflux
K21.0 | reflux esophagitis; erosive esophagitis; gerd with esophagitis; erosive reflux disease; peptic esophagitis
R12 | heartburn; pyrosis; acid indigestion
K30 | indigestion; functional dyspepsia; nonulcer dyspepsia; non-ulcer dyspepsia
K22.70 | barrett's esophagus; barrett esophagus; barretts esophagus; barrett's; barrett's metaplasia
K20.0 | eoe; eosinophilic esophagitis
K20.9 | esophagitis; oesophagitis
K22.2 | esophageal stricture; esophageal narrowing; schatzki ring; esophageal web; peptic stricture
K22.0 | achalasia
K22.4 | esophageal spasm; diffuse esophageal spasm; nutcracker esophagus; esophageal dysmotility
K22.5 | zenker's diverticulum; zenker diverticulum; esophageal diverticulum
K22.6 | mallory-weiss tear; mallory weiss tear; mallory-weiss syndrome
K22.10 | esophageal ulcer; oesophageal ulcer
I85.00 | esophageal varices; varices; oesophageal varices
I85.01 | bleeding esophageal varices; variceal bleed; variceal hemorrhage; ruptured esophageal varices
K44.9 | hiatal hernia; hiatus hernia; paraesophageal hernia; sliding hiatal hernia; diaphragmatic hernia
K27.9 | pud; peptic ulcer; peptic ulcer disease; ulcer disease
K25.9 | gastric ulcer; stomach ulcer
K26.9 | duodenal ulcer; duodenal ulcer disease
K25.4 | bleeding gastric ulcer; hemorrhagic gastric ulcer; bleeding stomach ulcer
K26.4 | bleeding duodenal ulcer; hemorrhagic duodenal ulcer
K27.4 | bleeding peptic ulcer; bleeding ulcer; peptic ulcer with hemorrhage
K25.5 | perforated gastric ulcer
K26.5 | perforated duodenal ulcer
K27.5 | perforated peptic ulcer; perforated ulcer
K28.9 | marginal ulcer; anastomotic ulcer; gastrojejunal ulcer
K29.70 | gastritis; stomach inflammation; inflamed stomach lining
K29.71 | hemorrhagic gastritis; bleeding gastritis; erosive gastritis with bleeding
K29.00 | acute gastritis
K29.20 | alcoholic gastritis
K29.50 | chronic gastritis
K29.40 | atrophic gastritis; chronic atrophic gastritis
K29.80 | duodenitis
K31.84 | gastroparesis; delayed gastric emptying; gastric stasis
K31.7 | gastric polyp; stomach polyp; duodenal polyp; fundic gland polyp
K31.A0 | gastric intestinal metaplasia; gim; intestinal metaplasia of stomach
K31.81 | watermelon stomach; gastric antral vascular ectasia; gastric angiodysplasia; gastric avm
K91.1 | dumping syndrome; postgastrectomy syndrome
K92.2 | gi bleed; gib; gi bleeding; gastrointestinal bleeding; gastrointestinal bleed; ugib; upper gi bleed; lgib; lower gi bleed; intestinal bleeding
K92.0 | hematemesis; vomiting blood; coffee ground emesis; coffee ground vomiting; haematemesis
K92.1 | melena; black stools; tarry stools; black tarry stools; melaena; hematochezia
K62.5 | rectal bleeding; brbpr; bright red blood per rectum; blood per rectum; bleeding from rectum; anal bleeding
R19.5 | occult blood in stool; heme positive stool; guaiac positive stool; positive fobt; positive fit test; hemoccult positive; positive stool guaiac
K63.5 | colon polyp; colonic polyp; polyp of colon; hyperplastic polyp; colorectal polyp
D12.6 | tubular adenoma; tubulovillous adenoma; villous adenoma; adenomatous polyp of colon; colon adenoma
K62.1 | rectal polyp
D13.91 | fap; familial polyposis coli; familial adenomatous polyposis
Z86.0100 | history of colon polyps; hx of colon polyps; history of polyps; personal history of colon polyps
Z86.0101 | history of adenomatous polyps; history of tubular adenoma; history of adenomatous colon polyps
Z86.0102 | history of hyperplastic polyps; history of hyperplastic colon polyps
Z12.11 | screening colonoscopy; colon cancer screening; colorectal cancer screening; crc screening
Z80.0 | family history of colon cancer; family history of colorectal cancer; family history of gi cancer
K58.9 | ibs; irritable bowel syndrome; irritable bowel; spastic colon; irritable colon; nervous colon
K58.0 | ibs-d; ibs with diarrhea; diarrhea predominant ibs
K58.1 | ibs-c; ibs with constipation; constipation predominant ibs
K58.2 | ibs-m; mixed ibs; mixed irritable bowel syndrome
K59.00 | constipation; constipated; hard stools; difficulty passing stool
K59.09 | chronic constipation
K59.04 | chronic idiopathic constipation; cic; functional constipation
K59.03 | opioid induced constipation; oic; drug induced constipation; medication induced constipation
K59.02 | outlet dysfunction constipation; obstructed defecation
K59.1 | functional diarrhea
R19.7 | diarrhea; loose stools; diarrhoea; the runs; watery stools; frequent loose stools
K52.9 | gastroenteritis; colitis; noninfectious gastroenteritis; enteritis; enterocolitis
K50.9 | crohn's disease; crohn's; crohns; crohn disease; crohns disease; regional enteritis
K50.0 | crohn's ileitis; terminal ileitis; ileal crohn's; small bowel crohn's
K50.1 | crohn's colitis; colonic crohn's; granulomatous colitis
K51.9 | ulcerative colitis; uc
K51.0 | pancolitis; ulcerative pancolitis
K51.2 | ulcerative proctitis
K51.3 | ulcerative rectosigmoiditis
K51.5 | left sided ulcerative colitis
K91.850 | pouchitis; j pouch inflammation
K52.83 | microscopic colitis
K52.831 | collagenous colitis
K52.832 | lymphocytic colitis
K52.81 | eosinophilic gastroenteritis; eosinophilic gastritis
K52.21 | fpies; food protein induced enterocolitis
K55.9 | ischemic colitis; ischemic bowel; bowel ischemia; intestinal ischemia
K55.0 | acute mesenteric ischemia; mesenteric infarction; bowel infarction; mesenteric thrombosis
K55.1 | chronic mesenteric ischemia; intestinal angina; mesenteric angina
K55.20 | angiodysplasia of colon; colonic avm; colonic angioectasia; colon angiodysplasia
K55.21 | bleeding angiodysplasia of colon; bleeding colonic avm
K57.90 | diverticulosis; diverticular disease
K57.30 | colonic diverticulosis; sigmoid diverticulosis; diverticulosis of colon
K57.92 | diverticulitis; acute diverticulitis
K57.32 | sigmoid diverticulitis; colonic diverticulitis; diverticulitis of colon
K57.20 | perforated diverticulitis; diverticulitis with abscess; complicated diverticulitis
K57.91 | diverticular bleed; diverticular hemorrhage; bleeding diverticulosis; diverticular bleeding
K37 | appendicitis
K35.80 | acute appendicitis; suppurative appendicitis
K35.32 | perforated appendicitis; ruptured appendix; ruptured appendicitis; perforated appendix
K40 | inguinal hernia; groin hernia; indirect inguinal hernia; direct inguinal hernia; inguinal rupture
K40.3 | incarcerated inguinal hernia; strangulated inguinal hernia; obstructed inguinal hernia
K41 | femoral hernia
K42.9 | umbilical hernia; belly button hernia; paraumbilical hernia; periumbilical hernia
K42.0 | incarcerated umbilical hernia; strangulated umbilical hernia
K43.2 | incisional hernia; postoperative hernia; ventral incisional hernia; surgical scar hernia
K43.0 | incarcerated incisional hernia; strangulated incisional hernia
K43.9 | ventral hernia; abdominal wall hernia; epigastric hernia; spigelian hernia
K43.6 | incarcerated ventral hernia; strangulated ventral hernia
K43.5 | parastomal hernia; peristomal hernia
K46.9 | hernia; abdominal hernia
K56.60 | bowel obstruction; intestinal obstruction; sbo; small bowel obstruction; partial sbo; obstructed bowel
K56.5 | adhesive sbo; adhesive bowel obstruction; adhesions with obstruction; adhesional obstruction
K66.0 | abdominal adhesions; peritoneal adhesions; intra-abdominal adhesions
K56.7 | ileus; intestinal ileus
K56.0 | paralytic ileus; adynamic ileus
K91.89 | postoperative ileus; postop ileus
K56.2 | volvulus; sigmoid volvulus; cecal volvulus; twisted bowel
K56.1 | intussusception; telescoping bowel
K56.41 | fecal impaction; impacted stool; stool impaction; impacted bowel
K59.31 | toxic megacolon
K59.81 | ogilvie syndrome; acute colonic pseudo-obstruction; colonic pseudo-obstruction
K63.1 | bowel perforation; perforated bowel; intestinal perforation; perforated viscus
K65.9 | peritonitis
K65.2 | sbp; spontaneous bacterial peritonitis
K65.1 | intra-abdominal abscess; peritoneal abscess; abdominal abscess
K64.9 | hemorrhoids; piles; haemorrhoids; hemorrhoid
K64.8 | internal hemorrhoids; internal piles
K64.4 | external hemorrhoids; hemorrhoidal skin tag; anal skin tag; perianal skin tag
K64.5 | thrombosed hemorrhoid; thrombosed external hemorrhoid; perianal hematoma; perianal venous thrombosis
K64.0 | first degree hemorrhoids; grade 1 hemorrhoids; grade i hemorrhoids
K64.1 | second degree hemorrhoids; grade 2 hemorrhoids; grade ii hemorrhoids
K64.2 | third degree hemorrhoids; grade 3 hemorrhoids; grade iii hemorrhoids
K64.3 | fourth degree hemorrhoids; grade 4 hemorrhoids; grade iv hemorrhoids
K60.2 | anal fissure; fissure in ano; rectal fissure; anal tear
K60.3 | anal fistula; fistula in ano; perianal fistula
K61.0 | perianal abscess; anal abscess
K61.1 | perirectal abscess; rectal abscess
K61.2 | anorectal abscess
K62.3 | rectal prolapse; prolapsed rectum
K62.89 | proctitis; proctocolitis
K62.7 | radiation proctitis
R15.9 | fecal incontinence; bowel incontinence; accidental bowel leakage; incontinence of stool; stool incontinence
K59.2 | neurogenic bowel
K90.0 | celiac disease; celiac; coeliac disease; celiac sprue; gluten enteropathy; gluten sensitive enteropathy; nontropical sprue
K90.41 | non-celiac gluten sensitivity; gluten sensitivity; ncgs
K90.9 | malabsorption; steatorrhea; malabsorption syndrome
K90.82 | short bowel syndrome; short gut syndrome; short gut
K63.821 | sibo; small intestinal bacterial overgrowth; bacterial overgrowth
K76.0 | fatty liver; hepatic steatosis; nafld; masld; nonalcoholic fatty liver disease; fatty liver disease; steatotic liver disease
K75.81 | nash; nonalcoholic steatohepatitis; metabolic dysfunction associated steatohepatitis
K70.0 | alcoholic fatty liver
K70.1 | alcoholic hepatitis; alcohol related hepatitis
K70.30 | alcoholic cirrhosis; alcohol related cirrhosis; laennec cirrhosis; alcoholic liver cirrhosis
K70.31 | alcoholic cirrhosis with ascites
K70.9 | alcoholic liver disease; arld; alcohol related liver disease
K74.60 | cirrhosis; liver cirrhosis; cirrhosis of liver; hepatic cirrhosis; cirrhotic
K74.69 | cryptogenic cirrhosis; macronodular cirrhosis; micronodular cirrhosis; nash cirrhosis
K74.00 | liver fibrosis; hepatic fibrosis
K74.3 | pbc; primary biliary cholangitis; primary biliary cirrhosis
K83.01 | psc; primary sclerosing cholangitis
K75.4 | autoimmune hepatitis; aih; lupoid hepatitis
K73.9 | chronic hepatitis
K76.6 | portal hypertension; portal htn
K76.7 | hepatorenal syndrome; hepatorenal failure
K76.82 | hepatic encephalopathy; portosystemic encephalopathy; portal systemic encephalopathy
K72.90 | liver failure; hepatic failure; hepatic insufficiency
K72.0 | acute liver failure; fulminant hepatic failure; fulminant liver failure
K72.1 | chronic liver failure; chronic hepatic failure
K76.9 | liver disease; liver problem; hepatopathy
K71.9 | drug induced liver injury; dili; toxic liver disease; toxic hepatitis
K76.89 | liver lesion; hepatic lesion; liver cyst; hepatic cyst
D18.03 | hepatic hemangioma; liver hemangioma
K75.0 | liver abscess; hepatic abscess; pyogenic liver abscess
R74.01 | elevated liver enzymes; transaminitis; elevated transaminases; elevated alt; elevated ast; high liver enzymes; elevated lfts
R74.8 | elevated alkaline phosphatase; high alkaline phosphatase; elevated alk phos; elevated lipase; elevated amylase
R94.5 | abnormal liver function tests; abnormal lfts; abnormal liver function; abnormal lft
R17 | jaundice; icterus; yellow skin; yellowing of skin
R16.0 | hepatomegaly; enlarged liver
R18.8 | ascites; abdominal fluid; fluid in abdomen; peritoneal fluid
K80.20 | gallstones; cholelithiasis; gall stones; gallbladder stones; gallstone; symptomatic cholelithiasis
K80.50 | biliary colic; choledocholithiasis; cbd stone; common bile duct stone; bile duct stone; cbd stones
K80.00 | acute calculous cholecystitis; acute cholecystitis with gallstones
K80.10 | chronic calculous cholecystitis; chronic cholecystitis with gallstones
K81.0 | acute cholecystitis; acute acalculous cholecystitis
K81.1 | chronic cholecystitis
K81.9 | cholecystitis; gallbladder inflammation; gallbladder attack
K82.A1 | gangrenous cholecystitis
K82.8 | biliary dyskinesia; gallbladder dyskinesia; low gallbladder ejection fraction
K82.4 | cholesterolosis; strawberry gallbladder
K82.9 | gallbladder disease; gallbladder problem
K83.1 | bile duct obstruction; biliary obstruction; obstructive jaundice; biliary stricture; bile duct stricture
K83.09 | cholangitis; ascending cholangitis
K91.5 | postcholecystectomy syndrome
Z90.49 | status post cholecystectomy; history of cholecystectomy; absent gallbladder; post cholecystectomy
Z98.84 | bariatric surgery status; history of gastric bypass; status post gastric bypass; status post sleeve gastrectomy; history of bariatric surgery
Z93.3 | colostomy status; has colostomy; colostomy
Z93.2 | ileostomy status; has ileostomy; ileostomy
Z93.1 | gastrostomy status; peg tube; g tube; feeding tube status; gastrostomy tube
K85.9 | pancreatitis; acute pancreatitis
K85.1 | gallstone pancreatitis; biliary pancreatitis
K85.2 | alcoholic pancreatitis; alcohol induced pancreatitis; acute alcoholic pancreatitis
K85.3 | drug induced pancreatitis; medication induced pancreatitis
K86.1 | chronic pancreatitis
K86.0 | chronic alcoholic pancreatitis; alcohol induced chronic pancreatitis
K86.3 | pancreatic pseudocyst; pseudocyst of pancreas
K86.2 | pancreatic cyst; cyst of pancreas
K86.81 | exocrine pancreatic insufficiency; pancreatic insufficiency; pancreatic enzyme insufficiency
R11.2 | nausea and vomiting; nausea with vomiting; n and v; vomiting with nausea
R11.0 | nausea; nauseated; queasy; sick to stomach
R11.10 | vomiting; emesis; throwing up
R11.15 | cyclic vomiting syndrome; cyclical vomiting
R11.16 | cannabis hyperemesis syndrome; cannabinoid hyperemesis syndrome; cannabinoid hyperemesis
R10.9 | abdominal pain; belly pain; stomach ache; stomachache; stomach pain; tummy ache; abd pain; tummy pain
R10.84 | generalized abdominal pain; diffuse abdominal pain
R10.13 | epigastric pain; dyspepsia; epigastric discomfort; epigastric abdominal pain
R10.11 | ruq pain; right upper quadrant pain; ruq abdominal pain
R10.12 | luq pain; left upper quadrant pain; luq abdominal pain
R10.31 | rlq pain; right lower quadrant pain; rlq abdominal pain
R10.32 | llq pain; left lower quadrant pain; llq abdominal pain
R10.33 | periumbilical pain; periumbilical abdominal pain
R10.10 | upper abdominal pain
R10.30 | lower abdominal pain
R10.0 | acute abdomen; surgical abdomen
R10.83 | colic; infant colic; colicky baby
R14.0 | bloating; abdominal bloating; abdominal distension; abdominal distention; distended abdomen
R14.3 | flatulence; passing gas; excessive gas
R14.2 | belching; burping; eructation
R14.1 | gas pain; gas pains
R19.4 | change in bowel habits; altered bowel habits; change in stool habits
R13.10 | dysphagia; difficulty swallowing; trouble swallowing; swallowing difficulty
R13.12 | oropharyngeal dysphagia
R63.0 | anorexia; loss of appetite; poor appetite; decreased appetite; no appetite
R19.00 | abdominal mass; abdominal lump; intra-abdominal mass
`;

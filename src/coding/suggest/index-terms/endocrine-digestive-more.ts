/** Clinical terms, endocrine, nutrition, metabolic, digestive system and liver (more): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const ENDOCRINE_DIGESTIVE_MORE_TERMS = `
E11.9 | t2 diabetes; type two diabetes; dm type 2; dm 2; diabetes type ii; dm; diabetic; non insulin dependent diabetes; diabetes mellitus type 2; diet controlled diabetes; diet controlled dm; dmii; t2 dm
E11.65 | uncontrolled dm; uncontrolled t2dm; uncontrolled dm2; diabetes with hyperglycemia; hyperglycemia due to diabetes; diabetes not at goal
E11.29 | diabetic microalbuminuria; diabetes with microalbuminuria; diabetic kidney complication; diabetic proteinuria
E11.22 | ckd due to type 2 diabetes; diabetic renal disease; diabetes with ckd; diabetes with chronic kidney disease
E11.42 | diabetic nerve pain; diabetic neuropathy of feet; diabetic foot neuropathy
E11.39 | diabetic eye complication; diabetic ophthalmic complication
E11.59 | diabetic circulatory complication; diabetes with circulatory complication
E11.618 | diabetic arthropathy; diabetic joint disease
E11.628 | diabetic skin complication
E11.638 | diabetic oral complication
E11.649 | low blood sugar in diabetic; diabetic low sugar; hypoglycemia in diabetes
E10.22 | type 1 diabetes with ckd; ckd due to type 1 diabetes; type 1 diabetic kidney disease
E10.42 | type 1 diabetic neuropathy; type 1 diabetic polyneuropathy
E10.319 | type 1 diabetic retinopathy
E08.9 | diabetes due to underlying condition; cystic fibrosis related diabetes; cfrd; pancreatogenic diabetes
E89.1 | postprocedural hypoinsulinemia; postpancreatectomy hypoinsulinemia
Z79.4 | insulin therapy; insulin user; on insulin therapy; takes insulin; on basal insulin; on lantus
Z79.84 | on oral hypoglycemic; on oral hypoglycemics; on glipizide; on glimepiride; on sglt2 inhibitor; on jardiance; on januvia; on sitagliptin
Z79.85 | on ozempic; on mounjaro; on trulicity; on victoza; on dulaglutide; on liraglutide; on tirzepatide; on glp1 agonist
Z96.41 | insulin pump; insulin pump status; has insulin pump; presence of insulin pump
E16.A1 | level 1 hypoglycemia
E16.A2 | level 2 hypoglycemia
E16.A3 | level 3 hypoglycemia; severe hypoglycemia
E04.0 | diffuse goiter; simple goiter; nontoxic diffuse goiter
E07.81 | sick euthyroid syndrome; euthyroid sick syndrome; nonthyroidal illness syndrome
E03.9 | hypothyroid state; low thyroid function; thyroid underactive; hypothyroidism on levothyroxine
E05.90 | thyrotoxic; hyperthyroid state; high thyroid function
Z86.39 | history of hyperthyroidism; history of graves disease; history of thyroid disease; history of hyperparathyroidism
E34.9 | endocrine disorder; hormone imbalance; hormonal imbalance; endocrine disease
E25.0 | congenital adrenal hyperplasia; cah; 21-hydroxylase deficiency; adrenogenital syndrome
E31.0 | autoimmune polyglandular failure; polyglandular autoimmune syndrome; schmidt syndrome
E31.20 | multiple endocrine neoplasia syndrome
E31.21 | men1; wermer syndrome
E31.22 | men2a; sipple syndrome
E31.23 | men2b
E23.0 | hypogonadotropic hypogonadism; kallmann syndrome; secondary hypogonadism
E29.1 | androgen deficiency; hypogonadism in male; hypogonadal male
E28.0 | ovarian hyperfunction; estrogen excess
E22.8 | central precocious puberty
E34.4 | constitutional tall stature
E34.31 | constitutional short stature
E34.321 | primary igf-1 deficiency; laron syndrome
E23.6 | empty sella syndrome; pituitary cyst; rathke cleft cyst
E88.01 | alpha-1 antitrypsin deficiency; aatd; alpha 1 antitrypsin deficiency; a1at deficiency
E88.09 | hypoalbuminemia; low albumin; low serum albumin
E88.3 | tumor lysis syndrome; tls; tumour lysis syndrome
E87.71 | transfusion associated circulatory overload; taco
E87.6 | hypokalaemia; low serum potassium; potassium deficiency
E87.5 | hyperkalaemia; elevated serum potassium
E87.1 | hyponatraemia; sodium depletion; low serum na
E83.52 | hypercalcaemia; elevated serum calcium
E83.51 | hypocalcaemia; low serum calcium
E86.9 | volume depleted; hypovolaemia
R63.8 | poor oral intake; poor po intake; decreased oral intake; not eating or drinking; inadequate oral intake
E74.21 | galactosemia
E75.21 | fabry disease; fabry's disease; anderson-fabry disease
E75.02 | tay-sachs disease; tay sachs
E76.01 | hurler syndrome; mps i
E74.00 | glycogen storage disease; glycogenosis
E74.01 | von gierke disease; gsd type i
E74.02 | pompe disease; acid maltase deficiency
E71.0 | maple syrup urine disease; msud
E72.20 | urea cycle disorder; hyperammonemia
E67.3 | hypervitaminosis d; vitamin d toxicity; too much vitamin d
E67.0 | hypervitaminosis a; vitamin a toxicity
E61.0 | copper deficiency
E59 | selenium deficiency
E58 | dietary calcium deficiency; calcium deficiency
E53.0 | riboflavin deficiency; vitamin b2 deficiency
E53.1 | pyridoxine deficiency; vitamin b6 deficiency
E56.0 | vitamin e deficiency
E61.7 | multiple nutrient deficiency; multiple nutritional deficiencies
E44.0 | moderate protein energy malnutrition; moderately malnourished
E43 | severely malnourished; severe protein energy malnutrition
E46 | malnourished; undernourished; protein energy malnutrition
E45 | stunting; nutritional short stature; growth retardation due to malnutrition
E64.0 | sequelae of malnutrition
E78.5 | hyperlipidaemia; dyslipidaemia; abnormal lipids; high blood lipids; elevated blood lipids
E78.00 | hypercholesterolaemia; pure hypercholesterolemia; hypercholesteremia; cholesterol high
E78.2 | high cholesterol and triglycerides; elevated cholesterol and triglycerides
E78.71 | barth syndrome
Z83.42 | family history of familial hypercholesterolemia; family history of fh
Z83.438 | family history of high cholesterol; family history of hyperlipidemia
Z86.31 | history of diabetic foot ulcer
K21.9 | ger; esophageal reflux; gastric reflux; acid backing up; acid regurgitation; regurgitation of acid; reflux symptoms
K22.710 | barrett's esophagus with low grade dysplasia; barrett's with lgd
K22.711 | barrett's esophagus with high grade dysplasia; barrett's with hgd
K22.719 | barrett's esophagus with dysplasia; dysplastic barrett's
K22.3 | esophageal perforation; boerhaave syndrome; boerhaave's syndrome; ruptured esophagus
K22.81 | esophageal polyp
K22.9 | esophageal disorder; esophagus problem; esophageal disease
K31.9 | gastropathy; stomach disorder; stomach problem; stomach disease
K31.89 | portal hypertensive gastropathy; phg; congestive gastropathy
K31.82 | dieulafoy lesion; dieulafoy's lesion; dieulafoy of stomach
K31.1 | adult pyloric stenosis; hypertrophic pyloric stenosis in adult
K31.0 | acute gastric dilatation; acute dilatation of stomach
K31.5 | duodenal obstruction
K29.70 | stomach irritation; gastric inflammation; irritated stomach
K29.60 | reactive gastropathy; chemical gastropathy
R10.13 | dyspepsia; epigastric discomfort; epigastric distress
K92.9 | gi disorder; gastrointestinal disorder; digestive disorder; gi disease; digestive disease; gi problem
K92.81 | gastrointestinal mucositis; gi mucositis; mucositis of gut
K59.01 | slow transit constipation; colonic inertia
K59.39 | megacolon; acquired megacolon
K59.4 | anal spasm; proctalgia fugax; anal sphincter spasm
K59.00 | infrequent bowel movements; infrequent stools; difficulty having bowel movements; hard bowel movements; trouble pooping; difficulty pooping; cannot poop
K59.89 | colonic dysmotility; intestinal dysmotility
K59.9 | functional bowel disorder; functional intestinal disorder
K52.0 | radiation colitis; radiation enteritis; radiation gastroenteritis
K52.1 | drug induced colitis; toxic colitis; medication induced colitis; chemotherapy colitis
K52.3 | indeterminate colitis; ibd unclassified; ibdu
K52.22 | food protein induced enteropathy
K52.29 | allergic colitis; allergic enteritis
K51.90 | ulcerative colitis flare; uc flare; active ulcerative colitis
K50.90 | crohn's flare; crohns flare; active crohn's disease
K50.80 | crohn's disease of small and large intestine; ileocolonic crohn's; ileocolitis crohn's
K63.2 | intestinal fistula; enterocutaneous fistula; bowel fistula; enteric fistula
R93.3 | colonic wall thickening; bowel wall thickening
K63.3 | ulcer of intestine; colonic ulcer; intestinal ulcer
K62.0 | anal polyp
K62.4 | anal stenosis; rectal stenosis; anal stricture; rectal stricture
K62.6 | solitary rectal ulcer; rectal ulcer; anal ulcer
K62.82 | ain i; ain ii; low grade anal dysplasia
K64.9 | hemroids; hemorrhoidal disease; haemorrhoid
K60.2 | fissure of anus
K91.2 | postsurgical malabsorption; post surgical malabsorption
K91.1 | post gastric bypass dumping
K94.20 | gastrostomy complication; peg tube complication; g tube complication
K94.22 | gastrostomy infection; peg site infection; g tube site infection; infected peg tube
K94.23 | gastrostomy malfunction; peg tube malfunction; g tube malfunction; blocked peg tube
K94.00 | colostomy complication
K94.10 | enterostomy complication; ileostomy complication
K94.02 | colostomy infection
K94.12 | ileostomy infection
Z87.19 | history of pancreatitis; history of diverticulitis; history of gi bleed; history of bowel obstruction; history of small bowel obstruction; history of cholecystitis
Z87.11 | history of peptic ulcer; history of gastric ulcer; history of duodenal ulcer; history of stomach ulcer
Z90.49 | status post colectomy; history of colectomy; absent colon; status post bowel resection
Z90.410 | status post total pancreatectomy; absent pancreas
Z90.411 | status post partial pancreatectomy; status post whipple; history of whipple
Z98.0 | intestinal bypass status; intestinal anastomosis status
K85.0 | idiopathic acute pancreatitis; idiopathic pancreatitis
K85.8 | hypertriglyceridemia induced pancreatitis; hypertriglyceridemic pancreatitis
K85.91 | necrotizing pancreatitis; pancreatic necrosis
K85.92 | infected pancreatic necrosis; infected necrotizing pancreatitis
K86.2 | pancreatic cyst; cyst of pancreas
K86.9 | pancreatic disease; pancreas problem; pancreatic disorder
K86.89 | pancreatic atrophy; fatty pancreas; dilated pancreatic duct
K75.9 | hepatitis; liver inflammation; inflamed liver
K72.90 | esld; end stage liver disease; end stage liver failure
K74.60 | compensated cirrhosis; scarred liver; cirrhosis of the liver
K74.01 | early hepatic fibrosis; mild liver fibrosis; early liver fibrosis
K74.02 | advanced hepatic fibrosis; advanced liver fibrosis; bridging fibrosis
K74.5 | biliary cirrhosis
K74.4 | secondary biliary cirrhosis
K76.0 | fatty infiltration of liver; fat in liver; steatotic liver disease; nafl; fatty liver infiltration
K75.81 | mash; nonalcoholic steatohepatitis with fibrosis; steatohepatitis
K70.40 | alcoholic liver failure; alcoholic hepatic failure
K70.41 | alcoholic hepatic failure with coma; alcoholic hepatic coma
K72.91 | hepatic coma; liver failure with coma
K76.1 | congestive hepatopathy; cardiac cirrhosis; chronic passive congestion of liver; nutmeg liver
K76.5 | hepatic veno-occlusive disease; sinusoidal obstruction syndrome; vod
K76.81 | hepatopulmonary syndrome
K76.3 | infarction of liver; hepatic infarction
I82.0 | budd-chiari syndrome; budd chiari; hepatic vein thrombosis
I81 | portal vein thrombosis; portal thrombosis; portal vein clot
K71.6 | drug induced hepatitis; toxic hepatitis with liver injury; medication induced hepatitis
K71.10 | hepatic necrosis from drug; toxic hepatic necrosis
K75.3 | granulomatous hepatitis
K75.2 | reactive hepatitis; nonspecific reactive hepatitis
K73.2 | chronic active hepatitis
R17 | yellow eyes; yellowing of eyes; scleral icterus
R18.8 | belly fluid; fluid in belly
K82.0 | gallbladder obstruction; cystic duct obstruction
K82.1 | hydrops of gallbladder; gallbladder mucocele; gallbladder hydrops
K82.2 | gallbladder perforation; perforated gallbladder
K82.3 | cholecystoenteric fistula; gallbladder fistula
K82.A2 | perforated cholecystitis
K83.4 | sphincter of oddi dysfunction; sod; sphincter of oddi spasm
K83.5 | biliary cyst; bile duct cyst
K83.8 | biliary dilation; dilated common bile duct; dilated cbd; dilated bile duct
K81.2 | acute on chronic cholecystitis
K80.21 | gallstones with obstruction; obstructing gallstone
K80.20 | gallbladder calculus; stones in gallbladder; gallbladder stone disease; gallbladder stones symptomatic; gallstone disease
K91.86 | retained gallstone after cholecystectomy; retained common duct stone
K38.9 | appendix disease; appendiceal disease
K38.1 | appendiceal concretion; appendicolith; fecalith of appendix
E13.9 | secondary diabetes; secondary diabetes mellitus; diabetes specified type
E73.9 | dairy intolerance; lactose intolerant
Z72.4 | poor diet; unhealthy diet; inappropriate diet; bad eating habits
K70.9 | alcohol liver disease; etoh liver disease; liver disease due to alcohol; ethanol liver disease
K70.30 | etoh cirrhosis; alcohol cirrhosis; cirrhosis due to alcohol; alcohol induced cirrhosis
K70.10 | etoh hepatitis; alcohol hepatitis; alcohol induced hepatitis
K70.0 | etoh fatty liver; alcohol fatty liver; alcohol induced fatty liver
K85.20 | etoh pancreatitis; alcohol pancreatitis; pancreatitis due to alcohol
K29.20 | etoh gastritis; alcohol gastritis; alcohol induced gastritis
I85.10 | esophageal varices in cirrhosis; varices due to cirrhosis; varices due to portal hypertension; secondary esophageal varices
I85.11 | bleeding varices in cirrhosis; bleeding secondary esophageal varices; variceal bleed in cirrhosis
I86.4 | gastric varices; fundal varices; stomach varices
Z94.4 | liver transplant recipient; history of liver transplant; liver transplant patient
T86.41 | liver transplant rejection; rejection of liver transplant
T86.42 | liver transplant failure; failed liver transplant
T86.43 | liver transplant infection
T86.40 | liver transplant complication
T18.12 | food impaction; food bolus impaction; food stuck in esophagus; esophageal food impaction; steakhouse syndrome
K91.30 | postoperative bowel obstruction; postop sbo; postprocedural intestinal obstruction
K56.60 | bowel blockage; blocked bowel; blocked intestines; intestinal blockage
R19.7 | runny stools; loose bowels; loose bowel movements
K92.1 | black poop; dark tarry stools; black bowel movements
K57.92 | diverticulitis flare; diverticulitis attack
K57.32 | diverticulitis of sigmoid colon; sigmoid diverticulitis flare
K81.9 | inflamed gallbladder; gallbladder infection
K85.9 | pancreas inflammation; inflamed pancreas
E55.9 | vitamin d deficient; low 25-hydroxy vitamin d
E80.4 | gilbert syndrome; gilbert's syndrome; gilbert disease; gilberts
E05.01 | graves disease with thyroid storm; thyroid storm in graves
`;

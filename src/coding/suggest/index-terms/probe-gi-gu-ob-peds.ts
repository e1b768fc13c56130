/** Clinical terms, GI/GU/ID/OB/peds gaps found by probing: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PROBE_GI_GU_OB_PEDS_TERMS = `
K21.00 | la grade esophagitis; los angeles grade esophagitis; la class esophagitis
K21.9 | laryngopharyngeal reflux; lpr; silent reflux; extraesophageal reflux
K29.00 | erosive gastritis; acute erosive gastritis
K52.9 | chronic diarrhea; noninfectious diarrhea; noninfective colitis
Z86.19 | hep c cured; treated hep c; hcv cured; hcv treated; history of hcv; history of hep c; hcv svr; history of hepatitis b; history of hep b; history of hbv; history of hepatitis a
K91.5 | post cholecystectomy syndrome; post-cholecystectomy syndrome
Z22.1 | c diff carrier; c difficile carrier; c diff colonization; clostridium difficile carrier
B04 | mpox; monkey pox; monkeypox infection
Z29.81 | prep visit; prep follow up; prep monitoring; prep refill; prep for hiv
Z3A | iup; intrauterine pregnancy; weeks gestation; weeks pregnant; wks gestation; weeks ga; gestational age weeks
Z38.2 | liveborn; healthy newborn; term newborn
Z38.00 | born in hospital vaginally; newborn delivered vaginally; vaginally delivered newborn
Z38.01 | newborn delivered by cesarean; born by c-section; newborn born by c-section; cesarean delivered newborn
R15.9 | encopresis; stool soiling; fecal soiling
R32 | enuresis; daytime wetting
N76.0 | vulvovaginitis; acute vulvovaginitis
N88.8 | nabothian cyst; nabothian cysts
R78.81 | mrsa bacteremia; mssa bacteremia; staph bacteremia; strep bacteremia; gram negative bacteremia; gram positive bacteremia; e coli bacteremia
R79.89 | elevated lfts; high lfts; raised lfts; elevated liver function tests
K62.89 | proctalgia; rectal pain; anal pain; pain in rectum
K82.4 | gallbladder polyp; gallbladder polyps; polyp of gallbladder
K82.8 | porcelain gallbladder; gallbladder sludge; biliary sludge; calcified gallbladder
K55.2 | colon avm; cecal avm; colon avms; colonic angiodysplasia; colon angioectasia
Z99.2 | dialysis fistula; av fistula for dialysis; av graft for dialysis; av shunt for dialysis
N05.1 | fsgs; focal segmental glomerulosclerosis
A49.8 | pseudomonas infection; klebsiella infection
L03.90 | mrsa cellulitis; mssa cellulitis; staph cellulitis; strep cellulitis
B02.30 | zoster ophthalmicus; shingles ophthalmicus
O26.89 | headache in pregnancy; pregnancy headache; headaches in pregnancy
O31.1 | vanishing twin; vanishing twin syndrome
O02.81 | chemical pregnancy; biochemical pregnancy; inappropriate hcg rise; abnormal hcg rise; abnormal hcg trend
O47.0 | preterm contractions; preterm uterine contractions; preterm false labor
O16.5 | postpartum hypertension; puerperal hypertension
E89.40 | surgical menopause; postsurgical menopause; menopause after oophorectomy
R93.89 | thickened endometrium; endometrial thickening; thickened endometrial stripe
Z46.89 | pessary check; pessary fitting; pessary cleaning; pessary maintenance; pessary change
Z87.59 | history of miscarriage; history of spontaneous abortion; history of ectopic pregnancy; history of stillbirth
Z79.2 | uti prophylaxis; suppressive antibiotics; antibiotic suppression; long term antibiotic use
P81.9 | neonatal fever; newborn fever; fever in newborn
R29.898 | growing pains; growing pain
K62.5 | blood when wiping; blood on toilet paper; blood on tissue; bleeding from bottom
R16.0 | swollen liver; liver enlargement; large liver
N28.9 | weak kidneys; kidney trouble; bad kidneys
A41.9 | blood infection; blood poisoning; infection in the blood
L70.4 | baby acne; infant acne; neonatal acne
P59.9 | baby jaundice; jaundiced baby; yellow baby; yellow newborn; jaundiced newborn
N97.9 | can't get pregnant; cannot get pregnant; can't conceive; cannot conceive
N94.10 | painful sex; sex is painful; hurts during sex
O46.9 | bleeding while pregnant; bleeding in pregnancy; pregnancy bleeding; vaginal bleeding in pregnancy
O30.0 | pregnant with twins; expecting twins; twins pregnancy
O14.9 | toxemia; pregnancy toxemia
O72.1 | bleeding after birth; bleeding after delivery; heavy bleeding after delivery; bleeding after childbirth
O91.23 | mastitis while breastfeeding; breast infection breastfeeding; mastitis in lactation; nursing mastitis
`;

/** Clinical terms, GI/GU/ID/OB/peds gaps found by probing: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PROBE_GI_GU_OB_PEDS_TERMS = `
K21.00 | la grade esophagitis; los angeles grade esophagitis; la class esophagitis
K21.9 | laryngopharyngeal reflux; lpr; silent reflux; extraesophageal reflux
K29.00 | erosive gastritis; acute erosive gastritis
K52.9 | chronic diarrhea; noninfectious diarrhea; noninfective colitis
Z86.19 | hep c cured; treated hep c; hcv cured; hcv treated; history of hcv; history of hep c; hcv svr
K91.5 | post cholecystectomy syndrome; post-cholecystectomy syndrome
Z22.1 | c diff carrier; c difficile carrier; c diff colonization; clostridium difficile carrier
B04 | mpox; monkey pox; monkeypox infection
Z29.81 | on prep; prep visit; prep follow up; prep monitoring; prep refill; prep for hiv
Z3A | iup; intrauterine pregnancy; weeks gestation; weeks pregnant; wks gestation; weeks ga; gestational age weeks
Z38.2 | liveborn; healthy newborn; term newborn
Z38.00 | born in hospital vaginally; newborn delivered vaginally; vaginally delivered newborn
Z38.01 | newborn delivered by cesarean; born by c-section; newborn born by c-section; cesarean delivered newborn
R15.9 | encopresis; stool soiling; fecal soiling
R32 | enuresis; diurnal enuresis; daytime wetting
N76.0 | vulvovaginitis; acute vulvovaginitis
N88.8 | nabothian cyst; nabothian cysts
R78.81 | mrsa bacteremia; mssa bacteremia; staph bacteremia; strep bacteremia; gram negative bacteremia; gram positive bacteremia; e coli bacteremia
R79.89 | elevated lfts; high lfts; raised lfts; elevated liver function tests
`;

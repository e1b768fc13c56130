/** Clinical terms, encounters, status, history and social determinants: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const ENCOUNTERS_STATUS_TERMS = `
Z00.0 | annual physical; annual exam; routine physical; wellness visit; annual wellness visit; awv; preventive visit; checkup; check-up; general medical exam; health maintenance exam
Z00.12 | well child check; well child visit; well-child visit; well baby check; routine child health exam; well child exam
Z00.11 | newborn check; newborn exam; newborn weight check; newborn visit
Z01.41 | well woman exam; well-woman visit; annual gyn exam; routine gynecological exam; annual pelvic exam
Z01.81 | preop exam; preoperative exam; pre-op evaluation; preop clearance; preoperative clearance; surgical clearance; medical clearance for surgery
Z01.1 | hearing exam; hearing test; hearing check; ear exam
Z01.3 | blood pressure check; bp check
Z01.20 | dental exam; dental checkup
Z02.0 | school physical; school exam; physical for school
Z02.1 | pre-employment physical; employment physical; pre-employment exam
Z02.4 | dot physical; cdl physical; driver's license exam; commercial driver physical
Z02.5 | sports physical; sports exam; pre-participation physical; athletic physical
Z02.79 | fmla paperwork; work note; medical certificate; form completion
Z09 | follow-up visit; follow up after treatment; post-treatment follow-up; follow-up exam after completed treatment
Z48.02 | suture removal; stitch removal; staple removal; removal of stitches; removal of sutures
Z48.01 | surgical dressing change; post-op dressing change; postoperative dressing change
Z48.00 | dressing change; wound dressing change
Z48.89 | postoperative check; post-op check; post-op visit; postop visit; surgical aftercare
Z47.1 | aftercare following joint replacement; joint replacement aftercare
Z51.81 | therapeutic drug monitoring; drug level monitoring; drug level check; tdm
Z51.5 | palliative care; comfort care; comfort measures; end of life care
Z23 | vaccination; immunization; immunizations; vaccine; vaccines; flu shot; flu vaccine; influenza vaccine; tdap; pneumonia vaccine; covid vaccine; shingles vaccine; hpv vaccine; booster shot
Z28.3 | underimmunization; underimmunized; behind on vaccines; incomplete vaccinations; delayed immunizations
Z28.21 | vaccine refused; declined vaccine; refused vaccination; vaccine refusal
Z28.82 | parent refused vaccine; caregiver refused vaccine; vaccine refusal by parent
Z12.11 | colon cancer screening; colorectal cancer screening; screening colonoscopy; crc screening
Z12.31 | screening mammogram; screening mammography; breast cancer screening; routine mammogram
Z12.4 | cervical cancer screening; screening pap; routine pap smear; pap smear screening
Z12.5 | prostate cancer screening; psa screening; screening psa
Z12.2 | lung cancer screening; low dose ct lung screening; ldct screening
Z12.83 | skin cancer screening; full body skin exam; skin cancer check
Z13.1 | diabetes screening; screening for diabetes
Z13.220 | lipid screening; cholesterol screening; screening lipid panel
Z13.820 | osteoporosis screening; bone density screening; screening dexa
Z13.31 | depression screening; phq-9 screening
Z13.41 | autism screening; m-chat screening
Z13.5 | vision screening; hearing screening; eye and ear screening
Z13.6 | cardiovascular screening; screening for heart disease
Z13.88 | lead screening; lead level screening
Z11.3 | std screening; sti screening; screening for sexually transmitted infections; chlamydia screening; gonorrhea screening
Z11.4 | hiv screening; screening for hiv; hiv test
Z11.59 | hepatitis c screening; hep c screening; hcv screening
Z11.52 | covid screening; covid-19 screening test
Z11.1 | tb screening; tuberculosis screening; ppd screening
Z11.7 | latent tb testing; testing for latent tuberculosis; quantiferon testing
Z36.3 | anatomy scan; anatomy ultrasound; fetal anatomy survey; anatomic survey
Z34 | prenatal visit; routine prenatal care; prenatal care; supervision of normal pregnancy; ob visit; normal pregnancy
Z39.2 | postpartum visit; postpartum check; postpartum follow-up; routine postpartum care
Z39.1 | lactation consultation; breastfeeding support; lactating mother care
Z32.01 | positive pregnancy test; positive upt; positive urine pregnancy test
Z32.02 | negative pregnancy test; negative upt
Z30.09 | contraception counseling; birth control counseling; family planning counseling
Z30.011 | birth control pill prescription; starting birth control pills; ocp start
Z30.41 | birth control pill refill; ocp refill; oral contraceptive surveillance
Z30.42 | depo shot; depo-provera injection; depo injection
Z30.430 | iud insertion; iud placement
Z30.432 | iud removal
Z30.433 | iud replacement; iud exchange
Z30.017 | nexplanon insertion; contraceptive implant insertion
Z30.46 | nexplanon removal; contraceptive implant check
Z30.2 | sterilization; sterilization counseling; vasectomy consult; tubal ligation consult
Z95.1 | status post cabg; history of cabg; post cabg; cabg status; coronary bypass status; history of bypass surgery
Z95.5 | coronary stent; status post pci; history of pci; history of stent; cardiac stent; status post coronary stent; coronary stent status
Z98.61 | status post angioplasty; history of angioplasty; ptca status; history of ptca
Z95.0 | pacemaker; pacemaker in place; has pacemaker; permanent pacemaker; pacemaker status
Z95.810 | aicd; implanted defibrillator; implantable cardioverter defibrillator; defibrillator in place
Z95.811 | lvad; left ventricular assist device; heart assist device
Z95.818 | loop recorder; implantable loop recorder; ilr
Z95.2 | mechanical heart valve; mechanical valve; prosthetic heart valve; artificial heart valve; status post valve replacement
Z95.3 | bioprosthetic valve; tissue valve; porcine valve; bovine valve
Z45.01 | pacemaker check; pacemaker interrogation; pacemaker battery check
Z45.02 | aicd check; defibrillator check; defibrillator interrogation
Z45.2 | port flush; port access; picc line care; central line care; port-a-cath flush
Z46.6 | foley change; foley catheter change; urinary catheter change; foley exchange
Z43.1 | g-tube change; gastrostomy tube replacement; peg tube replacement; g tube change
Z94.0 | kidney transplant; renal transplant; kidney transplant recipient; history of kidney transplant; status post kidney transplant
Z94.1 | heart transplant; status post heart transplant; heart transplant recipient
Z94.2 | lung transplant; status post lung transplant; lung transplant recipient
Z94.4 | liver transplant; status post liver transplant; liver transplant recipient
Z94.81 | bone marrow transplant; bmt; status post bone marrow transplant
Z94.84 | stem cell transplant; sct; hsct; autologous stem cell transplant; allogeneic stem cell transplant
Z96.64 | hip replacement; total hip replacement; thr; tha; total hip arthroplasty; status post hip replacement; history of hip replacement
Z96.65 | knee replacement; total knee replacement; tkr; tka; total knee arthroplasty; status post knee replacement; history of knee replacement
Z96.61 | shoulder replacement; total shoulder arthroplasty; total shoulder replacement; status post shoulder replacement
Z96.21 | cochlear implant; cochlear implant status
Z96.41 | insulin pump; insulin pump user
Z97.4 | hearing aids; wears hearing aids; hearing aid user
Z97.2 | dentures; wears dentures
Z97.5 | iud in place; has iud; presence of iud
Z98.84 | gastric bypass; status post gastric bypass; history of gastric bypass; bariatric surgery status; history of bariatric surgery; sleeve gastrectomy status; roux-en-y gastric bypass history
Z98.1 | spinal fusion; history of spinal fusion; status post spinal fusion; arthrodesis status
Z98.51 | tubal ligation; history of tubal ligation; tubes tied; btl
Z98.52 | vasectomy; history of vasectomy; status post vasectomy
Z98.2 | vp shunt; ventriculoperitoneal shunt; shunt in place
Z90.49 | status post cholecystectomy; history of cholecystectomy; gallbladder removed; no gallbladder; post cholecystectomy
Z90.710 | hysterectomy; total hysterectomy; tah; status post hysterectomy; history of hysterectomy; post hysterectomy
Z90.711 | supracervical hysterectomy; status post supracervical hysterectomy
Z90.72 | oophorectomy; status post oophorectomy; history of oophorectomy
Z90.1 | mastectomy; status post mastectomy; history of mastectomy
Z90.81 | splenectomy; status post splenectomy; acquired asplenia; no spleen
Z90.5 | nephrectomy; status post nephrectomy; history of nephrectomy; acquired solitary kidney
Z90.2 | lobectomy; status post lobectomy; pneumonectomy; history of lobectomy
Z90.3 | gastrectomy; status post gastrectomy
Z89.51 | bka; below knee amputation; below-knee amputee; transtibial amputation
Z89.61 | above knee amputation; above-knee amputee; transfemoral amputation
Z89.41 | great toe amputation; amputated big toe; hallux amputation
Z89.42 | toe amputation; amputated toe; amputated toes
Z89.43 | foot amputation; transmetatarsal amputation
Z89.02 | finger amputation; amputated finger
Z93.0 | tracheostomy; trach; has trach; trach dependent; tracheostomy status
Z93.1 | gastrostomy; g-tube; g tube; peg tube; gastrostomy tube
Z93.2 | ileostomy; ileostomy status
Z93.3 | colostomy; colostomy status
Z93.6 | nephrostomy; nephrostomy tube; urostomy
Z99.2 | on dialysis; dialysis dependent; hemodialysis patient; on hemodialysis; on peritoneal dialysis; dialysis status
Z99.11 | ventilator dependent; vent dependent; on ventilator; ventilator dependence
Z99.81 | home oxygen; on oxygen; oxygen dependent; home o2; supplemental oxygen; chronic oxygen therapy
Z99.3 | wheelchair bound; wheelchair dependent; wheelchair user; uses wheelchair
Z99.89 | cpap use; uses cpap; bipap use
Z74.01 | bedbound; bed bound; bedridden; bed confinement
Z74.09 | limited mobility; reduced mobility; impaired mobility; decreased mobility
Z79.01 | long-term anticoagulation; on anticoagulation; chronic anticoagulation; on warfarin; on coumadin; on eliquis; on apixaban; on xarelto; on rivaroxaban; on blood thinners
Z79.02 | on plavix; on clopidogrel; on antiplatelet; long-term antiplatelet therapy; on ticagrelor
Z79.82 | long-term aspirin; daily aspirin; on aspirin; aspirin therapy
Z79.4 | on insulin; insulin use; long-term insulin; insulin dependent; insulin-requiring
Z79.84 | on metformin; oral hypoglycemics; oral diabetic medication; long-term oral hypoglycemic
Z79.85 | on ozempic; on semaglutide; on glp-1 agonist; on trulicity; on dulaglutide; glp-1 use
Z79.52 | long-term steroids; chronic steroids; on prednisone; chronic prednisone; steroid dependent; long-term systemic steroids
Z79.51 | inhaled steroids; on inhaled corticosteroids; inhaled corticosteroid use
Z79.1 | long-term nsaid use; chronic nsaid use; on nsaids
Z79.891 | long-term opioid use; chronic opioid therapy; on chronic opioids; long-term opiate use; chronic opiate use
Z79.2 | long-term antibiotics; chronic antibiotics; prophylactic antibiotics
Z79.3 | on birth control pills; oral contraceptive use; on ocp; on hormonal contraception
Z79.810 | on tamoxifen; on raloxifene
Z79.811 | on anastrozole; on letrozole; on exemestane; on aromatase inhibitor; on arimidex
Z79.83 | on alendronate; on fosamax; long-term bisphosphonate; on bisphosphonate
Z79.890 | hrt; hormone replacement therapy; on estrogen replacement; menopausal hormone therapy
Z79.631 | on methotrexate; long-term methotrexate
Z79.899 | long-term medication use; long-term drug therapy; high-risk medication monitoring; medication monitoring; high risk medication use
Z76.0 | medication refill; prescription refill; med refill; refill request; repeat prescription
Z71.3 | dietary counseling; nutrition counseling; diet counseling; nutritional counseling
Z71.82 | exercise counseling; physical activity counseling
Z71.6 | smoking cessation counseling; tobacco cessation counseling; quit smoking counseling
Z71.41 | alcohol counseling; alcohol abuse counseling
Z71.84 | travel counseling; pre-travel consultation; travel medicine visit; travel clinic visit
Z71.2 | results review; test results discussion; review of lab results; discuss results
Z71.1 | worried well; feared complaint
Z72.0 | tobacco use; tobacco user; chewing tobacco use; smokeless tobacco use
Z87.891 | former smoker; ex-smoker; quit smoking; history of smoking; history of tobacco use; past smoker; remote smoker; former tobacco user
Z77.22 | secondhand smoke exposure; second-hand smoke; passive smoking
Z72.3 | sedentary lifestyle; lack of exercise; physical inactivity
Z72.5 | high-risk sexual behavior; high risk sexual behavior; unprotected sex; multiple sexual partners
Z86.73 | history of stroke; history of cva; history of tia; prior stroke; old stroke; remote stroke; history of cerebral infarction
Z86.711 | history of pulmonary embolism; history of pe; prior pulmonary embolism
Z86.718 | history of dvt; history of deep vein thrombosis; history of blood clot; prior dvt
Z86.010 | history of colon polyps; history of polyps; history of colonic polyps
Z86.0101 | history of tubular adenoma; history of adenomatous polyps; history of adenomas; history of sessile serrated polyp
Z86.16 | history of covid; history of covid-19; prior covid infection
Z86.11 | history of tb; history of tuberculosis
Z86.14 | history of mrsa; history of mrsa infection
Z86.74 | history of cardiac arrest; history of sudden cardiac arrest
Z87.440 | history of uti; history of utis; history of urinary tract infections
Z87.442 | history of kidney stones; history of nephrolithiasis; history of renal calculi; history of kidney stone
Z87.01 | history of pneumonia
Z87.11 | history of peptic ulcer; history of pud; history of stomach ulcer
Z87.310 | history of osteoporotic fracture; history of fragility fracture
Z87.81 | history of fracture; history of broken bone; prior fracture
Z87.820 | history of tbi; history of concussion; history of traumatic brain injury
Z87.892 | history of anaphylaxis
Z87.410 | history of cervical dysplasia; history of cin
Z82.49 | family history of heart disease; family history of cad; family history of coronary artery disease; family history of mi; family history of heart attack
Z82.3 | family history of stroke
Z83.3 | family history of diabetes; family history of dm
Z83.42 | family history of familial hypercholesterolemia
Z83.438 | family history of hyperlipidemia; family history of high cholesterol
Z82.5 | family history of asthma
Z83.71 | family history of colon polyps
Z81.8 | family history of depression; family history of mental illness
Z81.1 | family history of alcoholism
Z88.0 | penicillin allergy; pcn allergy; allergic to penicillin; allergy to penicillin
Z88.2 | sulfa allergy; allergic to sulfa; sulfa drug allergy
Z88.5 | opioid allergy; codeine allergy; morphine allergy
Z91.010 | peanut allergy; allergic to peanuts
Z91.013 | shellfish allergy; seafood allergy
Z91.012 | egg allergy
Z91.011 | milk allergy; dairy allergy
Z91.030 | bee sting allergy; bee allergy
Z91.040 | latex allergy; allergic to latex
Z91.041 | contrast allergy; iv contrast allergy; contrast dye allergy; iodinated contrast allergy
Z91.14 | medication noncompliance; medication nonadherence; not taking medications; noncompliant with medications
Z91.19 | noncompliance; nonadherence; noncompliant with treatment
Z91.81 | history of falls; fall risk; at risk for falls; high fall risk
Z91.51 | history of suicide attempt; prior suicide attempt
Z66 | dnr; do not resuscitate; dnr status; no code; do not resuscitate status
Z20.822 | covid exposure; exposure to covid; covid contact; exposed to covid
Z20.2 | std exposure; sti exposure; exposure to chlamydia; exposure to gonorrhea
Z20.1 | tb exposure; exposure to tuberculosis
Z20.6 | hiv exposure; exposure to hiv
Z21 | hiv positive; asymptomatic hiv; hiv positive status
Z22.7 | latent tb; ltbi; latent tuberculosis; latent tuberculosis infection
Z22.322 | mrsa carrier; mrsa colonization; mrsa colonized
Z22.330 | group b strep carrier
Z78.0 | postmenopausal; post-menopausal; postmenopausal status; postmenopausal state
Z59.0 | homeless; homelessness; unhoused; no fixed address
Z59.01 | living in shelter; homeless shelter
Z59.02 | living on the street; living in car; sleeping rough
Z59.81 | housing instability; housing insecurity; unstable housing
Z59.41 | food insecurity; food insecure; not enough food
Z59.82 | transportation insecurity; lack of transportation; no transportation; transportation barriers
Z59.86 | financial insecurity; financial strain; financial hardship
Z59.6 | low income; poverty
Z59.71 | uninsured; no insurance; lack of health insurance; underinsured
Z56.0 | unemployed; unemployment; lost job; jobless
Z56.6 | work stress; job stress; work-related stress
Z55.6 | low health literacy; limited health literacy
Z55.0 | illiteracy; cannot read; low literacy
Z60.2 | lives alone; living alone
Z63.0 | marital problems; marital conflict; relationship problems with partner
Z63.4 | bereavement; death in family; loss of family member; uncomplicated bereavement
Z63.5 | divorce; going through divorce; marital separation
Z63.6 | caregiver burden; caregiver stress; caregiver strain; caring for dependent relative
Z65.1 | incarceration; incarcerated; in prison; in jail
Z73.0 | burnout; burned out
Z73.3 | life stress; psychosocial stress; stress nos
Z41.2 | circumcision; routine circumcision; newborn circumcision
`;

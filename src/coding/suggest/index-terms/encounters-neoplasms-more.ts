/** Clinical terms, more encounters, screening, status, history, social determinants and neoplasms: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const ENCOUNTERS_NEOPLASMS_MORE_TERMS = `
Z12.0 | stomach cancer screening; gastric cancer screening
Z12.12 | rectal cancer screening
Z12.13 | small bowel cancer screening
Z12.6 | bladder cancer screening
Z12.71 | testicular cancer screening
Z12.72 | vaginal pap; vaginal cuff pap; vaginal cancer screening
Z12.73 | ovarian cancer screening
Z12.81 | oral cancer screening; mouth cancer screening
Z12.89 | pancreatic cancer screening; liver cancer screening
Z12.9 | cancer screening; screening for cancer; malignancy screening
Z12.39 | breast mri screening; clinical breast exam; screening breast ultrasound
Z12.11 | cologuard; fit test screening; stool dna test; screening fobt; colonoscopy for screening
Z12.31 | annual mammogram; mammogram screening; routine screening mammogram
Z12.2 | low dose ct chest; lung screening ct; ldct
Z13.6 | aaa screening; abdominal aortic aneurysm screening; screening for hypertension
Z13.30 | mental health screening; behavioral health screening
Z13.32 | maternal depression screening; postpartum depression screening; edinburgh screening
Z13.39 | anxiety screening; alcohol screening; substance use screening; sbirt
Z13.40 | developmental screening; asq screening
Z11.51 | hpv screening; hpv testing
Z11.59 | hepatitis b screening; hep b screening; hbv screening; viral screening
Z00.0 | physical exam; yearly physical; adult physical; medicare wellness; preventive exam; routine health maintenance; health maintenance exam
Z00.12 | wcc; well child; child physical; adolescent well visit; pediatric physical
Z01.84 | titer check; immunity titers; antibody titer check; hepatitis b titer
Z01.812 | preop labs; preoperative labs; pre-op blood work
Z01.818 | preprocedural exam; pre-procedure evaluation; pre-procedure clearance
Z01.810 | cardiac clearance; preop cardiac evaluation; cardiac risk assessment for surgery
Z01.82 | allergy testing; allergy test; skin prick testing
Z02.71 | disability exam; disability evaluation; disability paperwork
Z02.83 | drug screen for employment; blood alcohol test; urine drug screen for work
Z02.89 | camp physical; camp form; daycare form; administrative exam
Z76.89 | establish care; establishing care; new patient to establish; transfer of care; new to practice
Z76.82 | awaiting transplant; transplant list; on transplant waiting list; listed for transplant
Z53.21 | left without being seen; lwbs; left before being seen
Z53.20 | procedure declined; patient declined procedure; refused procedure
Z08 | cancer surveillance; surveillance after cancer treatment; oncology follow-up; post-cancer follow-up; surveillance colonoscopy after cancer
Z09 | surveillance colonoscopy; follow-up colonoscopy; follow-up after polypectomy
Z51.11 | chemo; chemotherapy; chemo infusion; chemotherapy session; chemo visit
Z51.12 | immunotherapy infusion; checkpoint inhibitor infusion; keytruda infusion
Z51.0 | radiation therapy; radiotherapy; radiation treatment; xrt session
Z51.89 | infusion visit; iv therapy visit; iron infusion visit
Z48.3 | aftercare after cancer surgery; postop after tumor removal
Z48.03 | drain removal; removal of drain; jp drain removal
Z48.22 | kidney transplant follow-up; renal transplant aftercare
Z48.81 | aftercare after surgery
Z47.2 | hardware removal; removal of hardware; removal of orthopedic hardware; removal of pins
Z47.81 | aftercare following amputation; post-amputation care
Z47.89 | orthopedic aftercare; ortho aftercare; post-op orthopedic follow-up
Z46.0 | glasses fitting; contact lens fitting; spectacles fitting
Z46.1 | hearing aid fitting; hearing aid adjustment
Z46.51 | lap band adjustment; lap band fill; gastric band adjustment
Z46.81 | insulin pump fitting; insulin pump adjustment
Z44.1 | leg prosthesis fitting; prosthetic leg adjustment; artificial leg fitting
Z45.41 | shunt check; vp shunt check; shunt evaluation; shunt programming
Z45.42 | neurostimulator programming; spinal cord stimulator check; vns check; dbs programming
Z45.321 | cochlear implant mapping; cochlear implant programming
Z45.82 | ear tube removal; pe tube removal
Z43.2 | ileostomy care; ileostomy check
Z43.3 | colostomy care; colostomy check; colostomy takedown
Z42.1 | breast reconstruction; reconstruction after mastectomy
Z41.1 | cosmetic surgery; cosmetic procedure; botox cosmetic
Z40.01 | prophylactic mastectomy; risk-reducing mastectomy
Z29.11 | synagis; palivizumab; nirsevimab; beyfortus; rsv antibody
Z29.13 | rhogam; rhogam injection; rho d immune globulin
Z20.820 | chickenpox exposure; varicella exposure
Z20.828 | flu exposure; influenza exposure; rsv exposure; viral exposure
Z20.818 | strep exposure; pertussis exposure; whooping cough exposure
Z77.011 | lead exposure; exposure to lead
Z90.79 | status post prostatectomy; history of prostatectomy; prostatectomy; history of orchiectomy
Z90.49 | status post appendectomy; history of appendectomy; status post colectomy; history of colectomy; status post bowel resection
Z90.41 | status post pancreatectomy; status post whipple; history of whipple
Z90.02 | laryngectomy; status post laryngectomy
E89.0 | status post thyroidectomy; history of thyroidectomy; post-thyroidectomy hypothyroidism; no thyroid
Z90.710 | status post tah; status post tah bso
Z95.828 | ivc filter; ivc filter in place; greenfield filter
Z98.82 | breast implants; breast augmentation; status post breast augmentation
Z97.3 | wears glasses; eyeglasses; wears contact lenses
Z97.1 | prosthetic leg; artificial limb; wears prosthesis
Z96.7 | orthopedic hardware; retained hardware; internal fixation hardware
Z93.4 | jejunostomy; j-tube; j tube
Z79.01 | on heparin; on lovenox; on enoxaparin; on pradaxa; on dabigatran; on doac; on noac; on blood thinners; blood thinner
Z79.02 | on brilinta; on prasugrel; on effient; dual antiplatelet therapy; dapt
Z79.620 | on humira; on adalimumab; on infliximab; on remicade; on biologic; on etanercept; on enbrel; on rituximab
Z79.621 | on tacrolimus; on prograf; on cyclosporine
Z79.622 | on xeljanz; on tofacitinib; on jak inhibitor; on rinvoq; on upadacitinib
Z79.624 | on cellcept; on mycophenolate; on azathioprine; on imuran
Z79.69 | on immunosuppressants; on immunomodulator
Z79.899 | on plaquenil; on hydroxychloroquine; on lithium; on amiodarone; on digoxin; on statin; on antipsychotics
Z79.891 | chronic pain on opioids; on long-term opioids; long term opioid therapy
Z17.0 | er positive; estrogen receptor positive; er-positive
Z17.1 | er negative; estrogen receptor negative; er-negative
Z17.21 | pr positive; progesterone receptor positive
Z17.22 | pr negative; progesterone receptor negative
Z17.31 | her2 positive; her2-positive; her2 amplified
Z17.32 | her2 negative; her2-negative
Z17.411 | hr positive her2 negative; er positive her2 negative; luminal a
Z17.421 | triple negative; tnbc; triple negative breast cancer
Z15.01 | brca positive; brca1 mutation; brca2 mutation; brca carrier; brca1 positive; brca2 positive
Z15.060 | lynch syndrome; hnpcc; hereditary colorectal cancer syndrome
Z85.01 | history of esophageal cancer
Z85.028 | history of stomach cancer; history of gastric cancer
Z85.05 | history of liver cancer; history of hcc; history of hepatocellular carcinoma
Z85.07 | history of pancreatic cancer
Z85.21 | history of laryngeal cancer; history of larynx cancer
Z85.818 | history of oral cancer; history of head and neck cancer; history of tonsil cancer; history of oropharyngeal cancer; history of throat cancer
Z85.810 | history of tongue cancer
Z85.820 | history of melanoma; melanoma survivor
Z85.828 | history of bcc; history of basal cell carcinoma; history of skin cancer; history of scc of skin; history of squamous cell skin cancer
Z85.830 | history of bone cancer; history of osteosarcoma
Z85.831 | history of sarcoma; history of soft tissue sarcoma
Z85.841 | history of brain cancer; history of brain tumor; history of glioma
Z85.47 | history of testicular cancer
Z85.44 | history of vulvar cancer; history of vaginal cancer
Z85.72 | history of non-hodgkin lymphoma; history of lymphoma; history of nhl
Z85.3 | history of breast ca; breast cancer history; status post breast cancer
Z85.46 | history of prostate ca; status post prostatectomy for cancer
Z85.038 | history of colon ca; colon cancer survivor
Z85.9 | history of cancer; history of malignancy; cancer survivor; cancer history
Z80.0 | family history of pancreatic cancer; family history of stomach cancer; family history of liver cancer; family history of esophageal cancer
Z80.2 | family history of laryngeal cancer
Z80.43 | family history of testicular cancer
Z80.49 | family history of uterine cancer; family history of endometrial cancer; family history of cervical cancer
Z80.51 | family history of kidney cancer
Z80.52 | family history of bladder cancer
Z80.6 | family history of leukemia
Z80.7 | family history of lymphoma; family history of myeloma
Z80.8 | family history of brain cancer; family history of thyroid cancer; family history of throat cancer; family history of head and neck cancer
Z92.21 | history of chemo; prior chemotherapy; status post chemotherapy
Z92.3 | history of radiation; prior radiation; status post radiation; history of radiotherapy
Z92.850 | history of car-t; status post car-t therapy
Z86.19 | history of shingles; history of c diff; history of hepatitis c; history of sepsis
Z86.15 | history of latent tb; treated latent tb
Z86.59 | history of depression; history of anxiety; history of mental illness
Z86.69 | history of seizures; history of bell's palsy
Z87.09 | history of bronchitis; history of respiratory failure
Z87.39 | history of osteomyelitis; history of septic arthritis
Z87.448 | history of urinary retention; history of hydronephrosis
Z91.15 | missed dialysis; noncompliance with dialysis; skipped dialysis
Z91.11 | dietary noncompliance; not following diet; noncompliant with diet
Z91.83 | wandering; wanders; elopement risk
Z91.410 | history of abuse; history of sexual abuse; history of sexual assault
Z91.414 | history of domestic violence; history of intimate partner violence
Z91.85 | veteran; military veteran; history of military service
Z62.810 | history of childhood physical abuse; abused as child; history of childhood sexual abuse
Z62.811 | history of childhood emotional abuse; history of childhood psychological abuse
Z55.5 | did not finish high school; no high school diploma
Z56.2 | threat of job loss; job insecurity
Z59.12 | no heat; no electricity; utilities shut off; utility insecurity
Z59.1 | inadequate housing; poor housing conditions; substandard housing
Z59.5 | extreme poverty
Z59.87 | material hardship; cannot afford medications; cannot afford rent
Z60.0 | empty nest; adjustment to retirement; life transition
Z60.4 | social isolation; socially isolated; social exclusion
Z60.5 | discrimination; racism; perceived discrimination
Z63.72 | family member with addiction; alcoholic parent; alcoholic spouse
Z63.8 | family conflict; family discord; family stress; family problems
Z63.32 | absent parent; absence of family member
Z65.3 | legal problems; legal issues; court case
Z65.4 | crime victim; victim of crime; victim of assault
Z65.5 | disaster exposure; exposure to war
Z72.4 | poor diet; unhealthy diet; inappropriate diet
Z72.6 | gambling; gambling problem; betting
Z74.1 | needs help with personal care; needs help bathing; needs assistance with adls
Z74.2 | needs help at home; no caregiver at home
Z71.7 | hiv counseling; hiv test counseling
Z71.83 | genetic counseling; hereditary cancer counseling
Z71.85 | vaccine counseling; vaccine hesitancy counseling
Z71.51 | drug abuse counseling; substance abuse counseling
C00 | lip cancer; cancer of lip
C01 | base of tongue cancer; tongue base cancer
C05 | palate cancer; palatal cancer
C06.9 | mouth cancer; oral cancer; oral cavity cancer; oral scc; oral squamous cell carcinoma
C07 | parotid cancer; parotid gland cancer; mucoepidermoid carcinoma of parotid
C08.9 | salivary gland cancer; salivary cancer
C09 | tonsil cancer; tonsillar cancer; tonsillar carcinoma
C13 | hypopharyngeal cancer; hypopharynx cancer
C14.0 | throat cancer; pharyngeal cancer; pharynx cancer
C31 | sinus cancer; sinonasal cancer; maxillary sinus cancer
C37 | thymic carcinoma; malignant thymoma; thymus cancer
C34.1 | pancoast tumor; superior sulcus tumor
C34 | lung ca; lung carcinoma; squamous cell carcinoma of lung; non small cell lung cancer; small cell carcinoma of lung
C50 | breast ca; idc; ilc; ductal carcinoma of breast; lobular carcinoma of breast; er positive breast cancer; hormone receptor positive breast cancer
C18 | colon ca; cecal cancer; sigmoid cancer; sigmoid colon cancer; ascending colon cancer; transverse colon cancer; descending colon cancer
C18.1 | appendix cancer; appendiceal cancer; appendiceal adenocarcinoma
C17 | small bowel cancer; small intestine cancer; duodenal cancer; ileal cancer; jejunal cancer
C24.0 | bile duct cancer; common bile duct cancer; extrahepatic cholangiocarcinoma; klatskin tumor; hilar cholangiocarcinoma
C24.1 | ampullary cancer; ampulla of vater cancer; ampullary carcinoma
C49.A | gist; gastrointestinal stromal tumor; gastric gist
C48.2 | peritoneal cancer; primary peritoneal carcinoma; primary peritoneal cancer
C78.6 | pseudomyxoma peritonei; omental metastases; omental caking
C41.9 | bone cancer; osteosarcoma; ewing sarcoma; ewing's sarcoma; chondrosarcoma; primary bone cancer
C74.90 | neuroblastoma; adrenal cancer; adrenal carcinoma
C74.0 | adrenocortical carcinoma; adrenal cortical carcinoma
C51 | vulvar cancer; vulva cancer; vulvar carcinoma
C52 | vaginal cancer; cancer of vagina
C58 | choriocarcinoma; placental cancer
C60 | penile cancer; cancer of penis
C65 | renal pelvis cancer; urothelial carcinoma of renal pelvis
C66 | ureteral cancer; ureter cancer
C69.2 | retinoblastoma
C69.3 | uveal melanoma; choroidal melanoma; ocular melanoma
C71.6 | medulloblastoma
C72.0 | spinal cord cancer; malignant spinal cord tumor
C79.9 | metastatic cancer; metastatic disease; mets; metastases; secondary cancer
C79.32 | leptomeningeal metastases; leptomeningeal carcinomatosis; leptomeningeal disease
C79.2 | skin metastases; cutaneous metastases
C78.2 | pleural metastases; pleural mets
C7B.0 | metastatic carcinoid; metastatic neuroendocrine tumor
C83.7 | burkitt lymphoma; burkitt's lymphoma
C84.4 | peripheral t-cell lymphoma; ptcl; t-cell lymphoma
C85.1 | b-cell lymphoma; b cell lymphoma
D11.0 | pleomorphic adenoma; warthin tumor; warthin's tumor; parotid adenoma; benign parotid tumor
D27 | ovarian teratoma; dermoid cyst of ovary; ovarian dermoid; mature cystic teratoma; ovarian cystadenoma; serous cystadenoma; mucinous cystadenoma
D39.1 | borderline ovarian tumor; low malignant potential ovarian tumor
D14.3 | lung hamartoma; pulmonary hamartoma
D13.7 | insulinoma; islet cell adenoma
D35.1 | parathyroid adenoma
D18.03 | liver hemangioma; hepatic hemangioma
D18.02 | cavernoma; cavernous malformation of brain; cerebral cavernous hemangioma
D18.09 | vertebral hemangioma; spinal hemangioma
D18.1 | lymphangioma; cystic hygroma
D48.1 | desmoid tumor; desmoid; aggressive fibromatosis
D25 | fibroid uterus; leiomyomata; myomas; uterine myoma
D49.9 | tumor; tumour; neoplasm; growth nos
D01.0 | carcinoma in situ of colon; colon cis; intramucosal carcinoma of colon
`;

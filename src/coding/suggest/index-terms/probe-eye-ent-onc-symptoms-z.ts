/** Clinical terms, eye, ENT, oncology, symptoms, Z codes and poisoning (third wave: gaps found by probing): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PROBE_EYE_ENT_ONC_SYMPTOMS_Z_TERMS = `
D17.0 | lipoma neck; lipoma face; lipoma scalp; lipoma forehead; lipoma head; neck lipoma
D17.1 | lipoma back; lipoma trunk; lipoma chest wall; lipoma abdominal wall; lipoma flank; back lipoma; lipoma shoulder blade
D17.2 | lipoma arm; lipoma leg; lipoma thigh; lipoma forearm; lipoma upper arm; lipoma shoulder; lipoma extremity
Z91.148 | medication noncompliance; noncompliance with medication; noncompliant with medications; nonadherence to medications; not taking medications as prescribed
T36.0X5 | allergic reaction to penicillin; allergic reaction to amoxicillin; penicillin rash; amoxicillin rash
T46.0X5 | digoxin toxicity; dig toxicity; digitalis toxicity; adverse effect of digoxin
T43.595 | lithium toxicity; adverse effect of lithium
T39.1X1 | tylenol overdose; acetaminophen overdose; apap overdose; paracetamol overdose
T39.011 | aspirin overdose; salicylate overdose
T40.2X1 | opioid overdose; oxycodone overdose; hydrocodone overdose; morphine overdose; percocet overdose
T40.1X1 | heroin overdose; heroin od
T40.411 | fentanyl overdose; fentanyl od
T40.421 | tramadol overdose
T40.3X1 | methadone overdose
T40.5X1 | cocaine overdose; cocaine od
T40.601 | narcotic overdose; opiate overdose
T42.4X1 | benzodiazepine overdose; benzo overdose; xanax overdose; lorazepam overdose; alprazolam overdose; clonazepam overdose
T43.011 | tricyclic overdose; tca overdose; amitriptyline overdose
T43.221 | ssri overdose; sertraline overdose; fluoxetine overdose; citalopram overdose
T40.711 | cannabis overdose; marijuana edible ingestion
T38.3X1 | insulin overdose; sulfonylurea overdose
T45.511 | warfarin overdose; coumadin overdose
T43.591 | lithium overdose
T39.311 | ibuprofen overdose; naproxen overdose; motrin overdose; advil overdose
T50.901 | overdose; drug overdose; medication overdose; pill overdose
T50.911 | multiple drug overdose; polysubstance overdose; mixed drug overdose
T46.0X1 | digoxin overdose
T43.651 | methamphetamine overdose; meth overdose
T45.4X1 | iron overdose
T51.0X1 | alcohol poisoning; ethanol poisoning; alcohol overdose
T58.91 | carbon monoxide poisoning; co poisoning; carbon monoxide toxicity
C62.9 | testicular cancer; testis cancer; cancer of testicle; testicular carcinoma; seminoma; testicular germ cell tumor
C49.9 | soft tissue sarcoma; sarcoma; liposarcoma; leiomyosarcoma; spindle cell sarcoma; undifferentiated pleomorphic sarcoma; malignant fibrous histiocytoma
Z95.828 | port-a-cath; port a cath; portacath; mediport; chemo port; implanted port; power port; port in place
C79.51 | metastatic bone; metastatic to bone; bone metastasis; metastatic bone disease
C78.7 | metastatic liver; metastatic to liver
C79.31 | metastatic brain; metastatic to brain
C78.0 | metastatic lung; metastatic to lung
C77.9 | metastatic lymph node; metastatic to lymph nodes; nodal mets
H57.89 | red eye; eye redness; red eyes; eye irritation; irritated eyes; eye discharge
K11.8 | parotid mass; salivary gland mass; parotid lesion; parotid nodule; submandibular gland mass
F45.8 | globus; globus sensation; globus pharyngeus; globus hystericus
E16.0 | insulin hypoglycemia; insulin-induced hypoglycemia
T38.0X5 | steroid side effect; adverse effect of steroids; prednisone side effect; adverse effect of prednisone
N14.19 | drug-induced nephropathy; nephrotoxicity; nephrotoxic kidney injury
Z85.3 | breast cancer in remission; history of breast carcinoma
Z86.000 | history of dcis; history of ductal carcinoma in situ; history of lcis; history of breast carcinoma in situ
D49.2 | skin neoplasm; neoplasm of skin; skin tumor; skin lesion of unknown behavior
K12.31 | chemo mucositis; mucositis chemo; mucositis chemotherapy; chemotherapy-induced mucositis
K12.33 | radiation mucositis; mucositis radiation; radiation-induced mucositis
R11.0 | chemo nausea; chemotherapy nausea; nausea from chemo
R11.2 | cinv; chemotherapy-induced nausea and vomiting; nausea vomiting chemo
G62.0 | chemo neuropathy; neuropathy chemo; neuropathy chemotherapy; chemotherapy neuropathy
Z80.1 | fh lung cancer; family hx lung cancer; mother with lung cancer; father with lung cancer
Z80.0 | fh colon cancer; family hx colon cancer; fh colorectal cancer
Z80.3 | fh breast cancer; family hx breast cancer
Z80.42 | fh prostate cancer; family hx prostate cancer
Z80.9 | fh cancer; family hx cancer; family history of malignancy
H40.05 | elevated iop; increased iop; high iop; increased intraocular pressure; high intraocular pressure; ocular htn
R79.9 | abnormal lab; abnormal labs; abnormal blood work; abnormal bloodwork; abnormal blood test
Z51.81 | inr check; inr draw; protime check; coumadin check
Z79.3 | oral contraceptives; ocp; birth control pills use
Z71.89 | advance care planning; goals of care discussion; advance directive discussion; code status discussion
Z91.414 | history of domestic violence; history of intimate partner violence; history of domestic abuse
T74.11 | domestic violence; intimate partner violence; spousal abuse; battered spouse; partner abuse
T50.902 | intentional overdose; intentional drug overdose; suicide attempt by overdose; overdose suicide attempt
T54.91 | caustic ingestion; corrosive ingestion; bleach ingestion; drain cleaner ingestion
T50.905 | drug interaction; drug-drug interaction; adverse drug interaction
H57.8A | foreign body sensation in eye; gritty eyes; gritty eye; sandy eyes; gritty feeling in eyes
Z98.890 | status post lasik; history of lasik; lasik; status post prk; status post refractive surgery
H40.9 | history of glaucoma; glaucoma on drops
Z01.00 | glasses prescription; eyeglass prescription; refraction exam; vision check; vision exam
Z46.0 | glasses fitting; eyeglass fitting; contact lens fitting; contact lens check
C64 | wilms tumor; wilms' tumor; nephroblastoma
E83.52 | hypercalcemia of malignancy; malignant hypercalcemia; humoral hypercalcemia of malignancy
R64 | cancer cachexia; cancer-related cachexia; tumor cachexia
D69.59 | chemo-induced thrombocytopenia; thrombocytopenia chemo; chemotherapy thrombocytopenia; drug-induced thrombocytopenia; secondary thrombocytopenia
D61.810 | pancytopenia chemo; chemo-induced pancytopenia; chemotherapy pancytopenia
C84.9 | t-cell lymphoma; t cell lymphoma; mature t-cell lymphoma
Z02.89 | immigration exam; immigration physical; visa exam; visa medical exam; camp physical; camp form
Z02.0 | kindergarten physical; preschool physical; daycare physical; college entrance physical
Z59.3 | lives in nursing home; nursing home resident; lives in assisted living; assisted living resident; long-term care resident; lives in group home
Z98.891 | history of c-section; history of cesarean section; status post c-section; status post cesarean section
Z96.1 | artificial lens; lens replacement; status post lens replacement
Z89.61 | aka; status post aka; history of aka
R26.2 | unable to walk; cannot walk; inability to walk
R90.89 | abnormal mri brain; abnormal brain mri; abnormal ct head; abnormal head ct; abnormal brain imaging
E72.20 | elevated ammonia; high ammonia; ammonia level high
F11.21 | opioid recovery; recovery from opioid addiction; recovering opioid addict
`;

/**
 * Lay words and clinician shorthand -> the words of the ICD-10-CM title the Alphabetic Index
 * sends them to (the Index itself is not in the code set files). Curated from clinical and
 * coding knowledge, body system by body system; each entry is a general synonym ("nosebleed" is
 * epistaxis wherever it is written), never the answer to one particular evaluation item.
 * Applied after the shorthand and before the older synonym list of clinical-phrases.ts.
 */
export type Rule = readonly [pattern: RegExp, replacement: string];

/** Heart, vessels, lungs. */
const CARDIO_PULMONARY: readonly Rule[] = [
  [/\b(hfref|heart failure with reduced ejection fraction|systolic heart failure|systolic chf)\b/g, "systolic congestive heart failure"],
  [/\b(hfpef|heart failure with preserved ejection fraction|diastolic heart failure|diastolic chf)\b/g, "diastolic congestive heart failure"],
  [/\b(p?svt)\b/g, "supraventricular tachycardia"],
  [/\b(v ?tach|vt)\b/g, "ventricular tachycardia"],
  [/\b(v ?fib|vf)\b/g, "ventricular fibrillation"],
  [/\b(a ?flutter|afl)\b/g, "atrial flutter"],
  [/\bpvcs?\b/g, "ventricular premature depolarization"],
  [/\b(racing heart|heart (is )?racing|heart races|(fast|rapid) heart ?(beat|rate))\b/g, "tachycardia"],
  [/\bslow heart ?(beat|rate)\b/g, "bradycardia"],
  [/\birregular heart ?(beat|rhythm)\b/g, "cardiac arrhythmia"],
  [/\b(fainting|fainted|passed out|passing out|blacked out)\b/g, "syncope and collapse"],
  [/^(?!.*\b(systolic|diastolic|combined|hfref|hfpef|right)\b).*\b((acute )?decompensated|exacerbation of|exacerbated|chronic) (chf|congestive heart failure|heart failure)\b.*$|^(?!.*\b(systolic|diastolic)\b).*\b(chf|heart failure) (exacerbation|decompensation)\b.*$/g, "heart failure unspecified"],
  [/\b(orthostasis|orthostatic)\b(?! hypotension)/g, "orthostatic hypotension"],
  [/\bcarotid (artery )?(disease|stenosis|occlusion|plaque)\b/g, "occlusion and stenosis of carotid artery"],
  [/\b(reactive airway disease|rad)\b/g, "asthma"],
  [/\bcoronary (arteriosclerosis|atherosclerosis)\b/g, "coronary artery disease"],
  [/\benlarged heart\b/g, "cardiomegaly"],
  [/\b(edema|swelling) (of|in) (the |both )?(legs?|feet|ankles?|lower extremit(y|ies)|lower limbs?)\b|\b(leg|ankle|pedal|peripheral|lower extremity|lower limb)s? (edema|swelling)\b/g, "localized edema"],
  [/\blow blood pressure\b/g, "hypotension"],
  [/\b(hardening of the arteries|clogged arteries)\b/g, "atherosclerosis"],
  [/\bblood clots? in (the |her |his )?lungs?\b/g, "pulmonary embolism"],
  [/\bblood clots? in (the |her |his )?(leg|calf|thigh)\b/g, "deep vein thrombosis $2"],
  [/\b(dvt|deep vein thrombosis|deep venous thrombosis)\b/g, "acute embolism and thrombosis of deep veins"],
  [/^(?=.*\bthrombosis\b)(.*)\bcalf\b/g, "$1distal lower extremity"],
  [/^(?=.*\bthrombosis\b)(.*)\bthigh\b/g, "$1proximal lower extremity"],
  [/^(?=.*\b(?:thrombophlebitis|phlebitis)\b)(.*)\b(lower extremity|lower limb|legs?)\b/g, "$1lower extremities"],
  [/^(?=.*\bthrombosis\b)(.*)\b(lower extremity|lower limb|legs?)\b/g, "$1lower extremity"],
  [/^(?=.*\bthrombosis\b)(.*)\b(upper extremity|upper limb|arms?)\b/g, "$1upper extremity"],
  [/\bvaricose veins?( of (the )?(legs?|lower extremit(y|ies)))?\b(?! of (?!(the )?(legs?|lower)))/g, "varicose veins of lower extremity asymptomatic"],
  [/\blad\b/g, "left anterior descending coronary artery"],
  [/\brca\b/g, "right coronary artery"],
  [/\b(lcx|circumflex)\b/g, "left circumflex coronary artery"],
  [/\bhocm\b/g, "obstructive hypertrophic cardiomyopathy"],
  [/\b(wpw|wolff parkinson white)( syndrome)?\b/g, "pre-excitation syndrome"],
  [/\bsuperficial (thrombo)?phlebitis\b/g, "phlebitis and thrombophlebitis of superficial vessels"],
  [/\b(cabg|coronary artery bypass( graft)?|bypass surgery)\b/g, "aortocoronary bypass graft"],
  [/\b(asthma|copd|chronic obstructive pulmonary disease) (attack|flare( up)?|exac\w*)\b/g, "$1 with acute exacerbation"],
  [/\b(flare( up)?|exac|exacerb)\b/g, "exacerbation"],
  [/\b(chronic obstructive pulmonary disease) (with )?(acute )?(bronchitis|pneumonia|lower respiratory infection|chest infection)\b/g, "$1 with acute lower respiratory infection"],
  [/\bwalking pneumonia\b/g, "pneumonia due to mycoplasma pneumoniae"],
  [/\baspiration pneumonia\b/g, "pneumonitis due to inhalation of food and vomit"],
  [/\bcollapsed lung\b/g, "pneumothorax"],
  [/\b(hypoxic|hypoxemic) respiratory failure\b/g, "respiratory failure with hypoxia"],
  [/\bhypercapnic respiratory failure\b/g, "respiratory failure with hypercapnia"],
  [/\b(trouble|difficulty) breathing\b/g, "dyspnea"],
  [/\b(lung|pulmonary) nodule\b/g, "solitary pulmonary nodule"],
];

/** Organ adjectives as the "of <organ>" words of the neoplasm titles. */
const ORGAN_NOUNS: Readonly<Record<string, string>> = {
  pancreatic: "pancreas", ovarian: "ovary", rectal: "rectum", esophageal: "esophagus", endometrial: "endometrium",
  gastric: "stomach", renal: "kidney", hepatic: "liver", uterine: "corpus uteri", cervical: "cervix uteri", thyroid: "thyroid gland",
};

function organNounRules(): Rule[] {
  return Object.entries(ORGAN_NOUNS).map(([adjective, noun]) => [new RegExp(`\\b${adjective} malignant neoplasm\\b`, "g"), `malignant neoplasm of ${noun}`]);
}

/** Glands, blood, metabolism, cancer. */
const ENDOCRINE_BLOOD: readonly Rule[] = [
  [/\bhashimotos?( thyroiditis| disease)?\b/g, "autoimmune thyroiditis"],
  [/\bgraves?( disease)?\b/g, "thyrotoxicosis with diffuse goiter"],
  [/\b(hyperthyroidism|hyperthyroid|overactive thyroid)\b/g, "thyrotoxicosis"],
  [/\bunderactive thyroid\b/g, "hypothyroidism"],
  [/\b(low|decreased) (potassium|k)\b/g, "hypokalemia"],
  [/\b(high|elevated) (potassium|k)\b/g, "hyperkalemia"],
  [/\b(low|decreased) (sodium|na)\b/g, "hyponatremia"],
  [/\b(high|elevated) sodium\b/g, "hypernatremia"],
  [/\b(low|decreased) magnesium\b/g, "hypomagnesemia"],
  [/\b(low|decreased) calcium\b/g, "hypocalcemia"],
  [/\b(high|elevated) calcium\b/g, "hypercalcemia"],
  [/\b(high|elevated) blood sugars?\b/g, "hyperglycemia"],
  [/\blow blood sugars?\b/g, "hypoglycemia"],
  [/\blow vitamin d\b/g, "vitamin d deficiency"],
  [/\b(vitamin )?b12 deficiency\b(?! anemia)/g, "deficiency of other specified b group vitamins"],
  [/\bpernicious anemia\b/g, "vitamin b12 deficiency anemia due to intrinsic factor deficiency"],
  [/\babnormal (tsh|thyroid function( tests?| studies)?|tfts?|thyroid function studies)\b/g, "abnormal results of thyroid function studies"],
  [/\b(elevated|high|abnormal|increased|rising) (creatinine|bun|cr|kidney function( tests?)?|renal function( tests?)?)\b|\b(low|decreased|reduced) (egfr|gfr)\b/g, "abnormal results of kidney function studies"],
  [/\b(low|decreased) (testosterone|t)\b|\bhypogonadism,? male\b/g, "testicular hypofunction"],
  [/\b(multiple thyroid nodules|thyroid nodules?,? multiple|multinodular (thyroid|goiter))\b/g, "nontoxic multinodular goiter"],
  [/\b(anaphylaxis|anaphylactic reaction)\b/g, "anaphylactic shock"],
  [/\b(pcos|polycystic ovary( syndrome)?|polycystic ovaries)\b/g, "polycystic ovarian syndrome"],
  [/\b(steroid|drug|medication|chemical)[ -]induced (diabetes|hyperglycemia)( mellitus)?\b/g, "drug or chemical induced diabetes mellitus"],
  [/\b(dka|diabetic ketoacidosis)\b/g, "diabetes mellitus with ketoacidosis without coma"],
  [/\b(neutropenic fever|febrile neutropenia)\b/g, "neutropenia unspecified"],
  [/\b(low (platelets?|platelet count|plt))\b/g, "thrombocytopenia"],
  [/\b(low (white (blood )?(cell )?count|wbc))\b/g, "decreased white blood cell count"],
  [/\b(high (white (blood )?(cell )?count|wbc))\b/g, "leukocytosis"],
  [/\b(low (hemoglobin|hgb|blood count)|low iron)\b/g, "anemia"],
  [/\bsickle cell( disease| anemia)?\b(?! trait)/g, "sickle-cell disease without crisis"],
  [/\b(metastatic (disease |cancer |malignancy |tumou?r |carcinoma )?(to|in)|mets to|metastas[ie]s (to|of|in)) (the )?/g, "secondary malignant neoplasm of "],
  [/\b(uterine )?fibroids?\b/g, "leiomyoma of uterus"],
  [/\bhistory of colon (cancer|ca|malignancy)\b/g, "history of malignant neoplasm of large intestine"],
  [/\b(cancer|ca|malignancy|malignant tumou?r)\b/g, "malignant neoplasm"],
  // Morphology (Index: Carcinoma, Adenocarcinoma -> see Neoplasm, malignant, by site); skin types keep their own codes.
  [/\b(renal cell carcinoma|rcc)\b/g, "malignant neoplasm of kidney"],
  [/(?<!\b(basal|squamous|merkel|hepatocellular|liver) cell )\b((non ?small|small|large|transitional|urothelial|ductal|lobular|invasive|infiltrating|papillary|follicular|serous|mucinous) (cell )?)*(adeno)?carcinoma\b(?! in situ)/g, "malignant neoplasm"],
  [/\b(?!(with|and|of|without|multiple|widespread|distant|known)\b)([a-z]+) (metastases|metastasis|mets|metastatic disease)\b/g, "secondary malignant neoplasm of $2"],
  [/\btumou?rs?\b(?! lysis)/g, "neoplasm"],
  [/\b(adenoma|fibroma|papilloma|osteoma|chondroma|neurofibroma|cystadenoma)s?\b/g, "benign neoplasm"],
  ...organNounRules(),
  [/\b(colon|breast|lung|prostate|bladder|skin|bone|brain|kidney|liver|stomach|pancreas|ovary|cervix|thyroid|esophagus|rectum|testis|tongue|larynx) malignant neoplasm\b/g, "malignant neoplasm of $1"],
  [/\b(bcc|basal cell( carcinoma)?)\b(?! of)/g, "basal cell carcinoma of skin"],
  [/\b(scc|squamous cell carcinoma of the skin)\b/g, "squamous cell carcinoma of skin"],
  [/\bmelanoma\b(?! in situ)/g, "malignant melanoma of skin"],
  [/\b(mrsa)\b/g, "methicillin resistant staphylococcus aureus"],
  [/\bh ?pylori\b/g, "helicobacter pylori"],
];

export const LAY_TERMS_A: readonly Rule[] = [...CARDIO_PULMONARY, ...ENDOCRINE_BLOOD];

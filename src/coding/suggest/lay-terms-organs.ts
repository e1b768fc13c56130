/**
 * Lay words and shorthand -> ICD-10-CM title words (see lay-terms.ts): digestive, urinary and
 * genital organs, pregnancy, eye, ear, nose and throat, nervous system.
 */
import type { Rule } from "./lay-terms.ts";

const DIGESTIVE: readonly Rule[] = [
  [/\bstomach (flu|bug|virus)\b/g, "viral gastroenteritis"],
  [/\b(upset stomach|indigestion)\b/g, "dyspepsia"],
  [/\blower back pain\b/g, "low back pain"],
  [/\b(belly|stomach|tummy) ?(pain|ache)\b|\bstomachache\b/g, "abdominal pain"],
  [/\b(c ?diff|c difficile|clostridium difficile|clostridioides difficile)( colitis| infection| diarrhea)?\b/g, "enterocolitis due to clostridium difficile"],
  [/\b(sbo|small bowel obstruction|bowel obstruction)\b/g, "intestinal obstruction unspecified as to partial versus complete obstruction"],
  [/\b(blood in (the )?stools?|bloody stools?|black stools?|tarry stools?)\b/g, "melena"],
  [/\bvomiting blood\b/g, "hematemesis"],
  [/\bthrowing up\b/g, "vomiting"],
  [/\bhiat(al|us) hernia\b/g, "diaphragmatic hernia"],
  [/\b(acute |ascending )?cholangitis\b/g, "other cholangitis"],
  [/\b(nafld|masld|(non ?alcoholic )?fatty liver( disease)?|(hepatic|liver) steatosis|steatosis( of (the )?liver)?)\b/g, "fatty liver"],
  [/\bnash\b/g, "nonalcoholic steatohepatitis"],
  [/\bpiles\b/g, "hemorrhoids"],
  [/\b(abdominal |abd |belly |stomach )?pain,? (in )?(the )?(right|left) (upper|lower) quadrant\b/g, "$4 $5 quadrant pain"],
  [/\b(right|left) (upper|lower) quadrant (abdominal |abd )?pain\b/g, "$1 $2 quadrant pain"],
  [/\bdiabetic gastroparesis\b|^(?=.*\bdiabet)(.*)\bgastroparesis\b/g, "$1diabetic autonomic neuropathy"],
];

const URINARY_GENITAL: readonly Rule[] = [
  [/\bkidney infection\b/g, "pyelonephritis"],
  // Index: Hyperplasia, prostate, with lower urinary tract symptoms (LUTS): nocturia, frequency, urgency, retention, weak stream.
  [/^(?=.*\b(bph|benign prostatic hyperplasia|enlarged prostate|prostatic hyperplasia)\b)(.*)\bwith (nocturia|frequency|urgency|urinary retention|retention|weak stream|hesitancy|incomplete emptying|luts)\b/g, "$2with lower urinary tract symptoms"],
  // Index: Stenosis, renal artery -> I70.1 (atherosclerosis of renal artery).
  [/\b(renal|kidney) artery (stenosis|narrowing|disease)\b/g, "atherosclerosis of renal artery"],
  [/^(?!.*\b(acute|chronic)\b)(.*)\bpyelonephritis\b/g, "$2tubulo-interstitial nephritis not specified as acute or chronic"],
  [/^(?!.*\b(membranous|proliferative|iga|lupus|chronic|rapidly)\b)(.*)\bglomerulonephritis\b/g, "$2nephritic syndrome with unspecified morphologic changes"],
  [/\b(renal|kidney) cysts?\b/g, "cyst of kidney acquired"],
  [/\b(arf|acute renal failure|acute kidney injury)\b/g, "acute kidney failure"],
  [/\b(enlarged prostate|prostate enlargement)\b/g, "benign prostatic hyperplasia"],
  [/\bluts\b/g, "lower urinary tract symptoms"],
  [/^(?!.*\b(acute|chronic)\b)(.*)\bprostatitis\b/g, "$2inflammatory disease of prostate"],
  [/\b(leaking urine|bladder leakage|leaky bladder)\b/g, "urinary incontinence"],
  [/\b(blood in (the )?urine)\b/g, "hematuria"],
  [/\b(burning|pain(ful)?) (with |on |during )?urination\b/g, "dysuria"],
  [/^(?=.*\b(stones?|calculus|calculi|nephrolithiasis)\b)(?=.*\bhydronephrosis\b).*$/g, "hydronephrosis with renal and ureteral calculous obstruction"],
  [/\b(heavy|excessive) (periods|menses|menstrual bleeding|menstruation)\b|\bmenorrhagia\b/g, "excessive and frequent menstruation with regular cycle"],
  [/\b(pms|premenstrual syndrome)\b/g, "premenstrual tension syndrome"],
  [/\bpainful (periods|menses|menstruation)\b/g, "dysmenorrhea"],
  [/\birregular (periods|menses)\b/g, "irregular menstruation"],
  [/^(menopause|menopausal symptoms|perimenopause|perimenopausal symptoms)$/g, "menopausal and female climacteric states"],
  [/\b(bv|bacterial vaginosis)\b/g, "acute vaginitis"],
  [/\b(genital herpes|herpes genitalis|hsv ?2)\b/g, "anogenital herpesviral infection"],
  [/\bvaginal discharge\b/g, "other specified noninflammatory disorders of vagina"],
  [/\b(mastalgia|breast pain)\b/g, "mastodynia"],
  [/\babnormal (pap( smear| test)?|cervical cytology)\b/g, "abnormal cytological findings in specimens from cervix uteri"],
  [/\bprom\b/g, "premature rupture of membranes"],
  [/\bhot (flashes|flushes)\b/g, "menopausal and female climacteric states"],
  [/\b(prenatal (visit|care|check)|routine prenatal|ob visit)\b/g, "encounter for supervision of normal pregnancy"],
  [/\b(iud|iucd)\b/g, "intrauterine contraceptive device"],
  [/\b(oral contraceptives?|birth control pills?|ocps?)\b/g, "contraceptive pills"],
  // Index: Pregnancy, supervision of, elderly mother (35 years or older at delivery): primigravida / multigravida.
  [/\badvanced maternal age\b(.*)\b(primigravida|g1p0|g1|gravida 1)\b/g, "supervision of elderly primigravida$1"],
  [/\b(primigravida|g1p0|g1|gravida 1)\b(.*)\badvanced maternal age\b/g, "$2 supervision of elderly primigravida"],
  [/\badvanced maternal age\b/g, "supervision of elderly multigravida"],
  [/(?<!elderly )\b(primigravida|g1p0|g1|gravida 1)\b/g, "first pregnancy"],
  [/\bhyperemesis( gravidarum)?\b(?! with)/g, "mild hyperemesis gravidarum"],
  [/\bpre ?eclampsia\b/g, "pre-eclampsia"],
];

const NEWBORN: readonly Rule[] = [
  [/\b(newborn|neonatal|infant) jaundice\b|\bjaundice (in|of) (a |the )?(newborn|neonate|infant)\b/g, "neonatal jaundice"],
];

const EYE_EAR_THROAT: readonly Rule[] = [
  [/\b(senile|age related|age-related) cataracts?\b/g, "age-related cataract"],
  [/\bdry eyes?( syndrome)?\b/g, "dry eye syndrome"],
  [/\b(blurred|blurry|blurring of) vision\b|\bvision blurr(ed|y|ing)\b/g, "other visual disturbances"],
  [/\b(dry|atrophic|non ?exudative) (age-related |age related )?macular degeneration\b|\bmacular degeneration,? dry\b/g, "nonexudative age-related macular degeneration"],
  [/\b(wet|exudative|neovascular) (age-related |age related )?macular degeneration\b|\bmacular degeneration,? wet\b/g, "exudative age-related macular degeneration"],
  [/\biritis\b/g, "iridocyclitis"],
  [/\bsialadenitis\b/g, "sialoadenitis"],
  [/\b(tooth|dental|periapical) abscess\b/g, "periapical abscess without sinus"],
  [/\bdouble vision\b/g, "diplopia"],
  [/\b(nearsighted(ness)?|near sighted(ness)?)\b/g, "myopia"],
  [/\b(farsighted(ness)?|far sighted(ness)?)\b/g, "hypermetropia"],
  [/\blazy eye\b/g, "amblyopia"],
  [/\bcrossed eyes?\b/g, "strabismus"],
  [/\b(eye )?floaters\b/g, "vitreous opacities"],
  [/\b(st(y|ye)|styes)\b/g, "hordeolum"],
  [/\bringing in (the |her |his )?ears?\b/g, "tinnitus"],
  [/\b(ear ?wax|wax impaction|impacted ear ?wax)\b/g, "impacted cerumen"],
  [/^(?!.*\b(positional|paroxysmal|central|peripheral|vestibular|bppv|otogenic)\b)(.*)\bvertigo\b/g, "$2dizziness and giddiness"],
  [/\bbppv\b/g, "benign paroxysmal vertigo"],
  [/\b(nose ?bleeds?|bloody nose|bleeding (from )?(the )?nose)\b/g, "epistaxis"],
  [/\brunny nose\b/g, "rhinorrhea"],
  [/\bstuffy nose\b/g, "nasal congestion"],
  [/\b(mono|mononucleosis)\b/g, "infectious mononucleosis"],
  [/\b(cold sores?|fever blisters?)\b/g, "herpesviral vesicular dermatitis"],
  [/\bcanker sores?\b/g, "recurrent oral aphthae"],
  [/\b(tmj|tmd|temporomandibular joint)( disorder| dysfunction| syndrome| pain)?\b/g, "temporomandibular joint disorder"],
  [/\bthrush\b/g, "candidal stomatitis"],
];

const NERVOUS: readonly Rule[] = [
  [/\bseizures?\b(?! disorder)/g, "convulsions"],
  [/\b(pins and needles|tingling)\b/g, "paresthesia of skin"],
  [/\bpinched nerve\b/g, "radiculopathy"],
  [/\balzheimers?( disease| dementia)?\b/g, "alzheimer's disease"],
  [/\bparkinsons?( disease)?\b/g, "parkinson's disease"],
  // After a stroke, weakness of one side is hemiparesis.
  [/^(?=.*\b(?:stroke|cva|cerebral infarction|cerebrovascular accident)\b)(.*)\b(right|left) ?(sided|side) weakness\b|^(?=.*\b(?:stroke|cva|cerebral infarction|cerebrovascular accident)\b)(.*)\bweakness (of|on) (the )?(right|left) side\b/g, "$1$4 hemiparesis $2$7"],
  [/^(?=.*\b(?:stroke|cva|cerebral infarction|cerebrovascular accident)\b)(?=.*\b(?:hemiparesis|hemiplegia)\b)(?=.*\b(right|left)\b).*$/g, "hemiplegia and hemiparesis following cerebral infarction affecting $1 side"],
  [/^(?!.*\baffecting\b)(?=.*\b(?:stroke|cva|cerebral infarction|cerebrovascular accident)\b)(?=.*\b(?:hemiparesis|hemiplegia)\b).*$/g, "hemiplegia and hemiparesis following cerebral infarction affecting unspecified side"],
];

export const LAY_TERMS_B: readonly Rule[] = [...DIGESTIVE, ...URINARY_GENITAL, ...NEWBORN, ...EYE_EAR_THROAT, ...NERVOUS];

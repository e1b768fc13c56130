/**
 * Lay words and shorthand -> ICD-10-CM title words (see lay-terms.ts): bones, joints and
 * injuries, skin, mind, children, and the "status" of a past procedure or current medication.
 */
import type { Rule } from "./lay-terms.ts";

const LIMB_SITES = "lower leg|leg|thigh|knee|calf|shin|ankle|foot|heel";
const ARM_SITES = "upper arm|forearm|arm|elbow|shoulder|wrist|hand";

/** Index: Cellulitis, leg / foot -> "lower limb"; arm / hand -> "upper limb" (fingers and toes have their own codes). */
function limbRules(): Rule[] {
  const infection = "^(?=.*\\b(?:cellulitis|abscess|lymphangitis)\\b)(.*)\\b";
  return [
    [new RegExp(`${infection}(?:${LIMB_SITES})\\b`, "g"), "$1lower limb"],
    [new RegExp(`${infection}(?:${ARM_SITES})\\b`, "g"), "$1upper limb"],
  ];
}

const INJURY: readonly Rule[] = [
  [/\btorn\b/g, "tear"],
  // Index: Injury, forehead / temple -> head, specified part NEC ("other part of head").
  [/^(?=.*\b(laceration|abrasion|contusion|bite|wound|puncture|blister|injury)\b)(.*)\b(forehead|temple|temporal region)\b/g, "$2other part of head"],
  [/\b(meniscus|meniscal) tear\b|\btear (of |in )?(the )?(meniscus|meniscal)\b/g, "tear of meniscus current injury"],
  [/\bacl\b/g, "anterior cruciate ligament"],
  [/\bmcl\b/g, "medial collateral ligament"],
  [/\b(lumbar|low back|lower back|back) (strain|sprain)\b|\bstrain of (the )?(lower |low )?back\b/g, "strain of muscle fascia and tendon of lower back"],
  [/\bneck strain\b|\bstrain of (the )?neck\b/g, "strain of muscle fascia and tendon at neck level"],
  [/\b((right|left) )?heel pain\b|\bpain (in|of) (the )?((right|left) )?heel\b/g, "pain in $2$6 foot"],
  [/\b(pulled|strained) muscle\b|\bmuscle pull\b/g, "strain of muscle"],
  [/\bstrained\b/g, "strain"],
  [/\b((right|left) )?ankle fracture\b|\bfracture(d)? (of )?(the )?((right|left) )?ankle\b/g, "other fracture of $2$6 lower leg"],
  [/\b(rib fracture|fracture of (a |one )?rib|fractured rib)\b/g, "fracture of one rib"],
  [/\b(fractured|fractures of|fracture of) ribs\b|\bribs? fractures\b/g, "multiple fractures of ribs"],
  [/\bdistal (radius|ulna|femur|tibia|fibula|humerus)\b/g, "lower end of $1"],
  [/\bproximal (radius|ulna|tibia|fibula|humerus)\b/g, "upper end of $1"],
  [/^(?=.*\bfracture\b)(?!.*\b(radius|ulna|carpal|scaphoid|navicular|lunate|hamate|capitate|trapezium|trapezoid|pisiform|triquetrum)\b)(.*)\bwrist\b/g, "$2unspecified carpal bone wrist"],
  [/\bfracture(d)? (of )?(the )?nose\b|\b(nose|nasal) fracture\b/g, "fracture of nasal bones"],
  [/^(?=.*\b(fracture|dislocation|dislocated)\b)(.*)\bjaw\b/g, "$2mandible"],
  [/\bdislocated\b/g, "dislocation"],
  [/\bhamstring( muscle)?\b/g, "muscle fascia and tendon of the posterior muscle group at thigh level"],
  [/\bgroin (strain|pull)\b|\bstrain of (the )?groin\b/g, "strain of adductor muscle fascia and tendon of thigh"],
  [/\bcalf (strain|pull)\b|\bstrain of (the )?calf\b/g, "strain of other muscles and tendons of posterior muscle group at lower leg level"],
  [/\bquad(riceps)? (strain|pull)\b/g, "strain of quadriceps muscle fascia and tendon"],
  [/\bcubital tunnel( syndrome)?\b/g, "lesion of ulnar nerve"],
  [/\bdupuytrens?( contracture| disease)?\b/g, "palmar fascial fibromatosis dupuytren"],
  [/\bcollar ?bone\b/g, "clavicle"],
  [/\bshin ?bone\b/g, "tibia"],
  [/\bknee ?cap\b/g, "patella"],
  [/\btail ?bone\b/g, "coccyx"],
  [/\bbreast ?bone\b/g, "sternum"],
  [/\bthigh ?bone\b/g, "femur"],
  [/\b(facial|face) laceration\b|\blaceration of (the )?face\b/g, "laceration without foreign body of other part of head"],
  [/\b(facial|face) (contusion|abrasion)\b|\b(contusion|abrasion) of (the )?face\b/g, "$2$3 of other part of head"],
  [/^(?=.*\b(contusion|abrasion|laceration|injury)\b)(.*)\bchest wall\b/g, "$2thorax"],
  [/^(?=.*\b(gout|arthritis|osteoarthritis|arthropathy)\b)(.*)\b(great toe|big toe|toes?|foot|feet|heel)\b/g, "$2ankle and foot"],
  [/\bseropositive (rheumatoid arthritis|ra)\b|\b(rheumatoid arthritis|ra),? seropositive\b/g, "rheumatoid arthritis with rheumatoid factor"],
  [/\bseronegative (rheumatoid arthritis|ra)\b|\b(rheumatoid arthritis|ra),? seronegative\b/g, "rheumatoid arthritis without rheumatoid factor"],
  [/\bdrug overdose\b|^overdose$/g, "poisoning by unspecified drugs medicaments and biological substances accidental"],
  [/\b(herniated|slipped|bulging|ruptured|prolapsed) (intervertebral )?dis[ck]\b|\bdis[ck] (herniation|bulge|prolapse)\b/g, "intervertebral disc displacement"],
  [/\bgolfers? elbow\b/g, "medial epicondylitis"],
  [/\bbunions?\b/g, "hallux valgus"],
  [/\bflat (feet|foot)\b/g, "flat foot"],
  [/\bheel spurs?\b/g, "calcaneal spur"],
  [/\b(djd|degenerative joint disease|degenerative arthritis)\b/g, "osteoarthritis"],
  [/\b(ddd|degenerative dis[ck] disease)\b/g, "intervertebral disc degeneration"],
  [/\bpseudogout\b/g, "chondrocalcinosis"],
  [/\bosteopenia\b/g, "other specified disorders of bone density and structure"],
  [/(?<!systemic )\blupus\b(?! erythematosus| nephritis)/g, "systemic lupus erythematosus"],
  [/\b(septic|infectious|bacterial) arthritis\b/g, "pyogenic arthritis"],
  [/\bpsoriatic arthritis\b/g, "arthropathic psoriasis"],
];

const SKIN: readonly Rule[] = [
  // A growth of the back, flank or chest or abdominal wall is coded at the trunk.
  [/^(?=.*\b(melanoma|lipoma|carcinoma|bcc|scc|nevus|neoplasm|cancer|tumou?r)\b)(.*)\b(back|flank|chest wall|abdominal wall)\b/g, "$2trunk"],
  [/\bpoison (ivy|oak|sumac)\b/g, "allergic contact dermatitis due to plants except food"],
  [/\bathletes? foot\b/g, "tinea pedis"],
  [/\bjock itch\b/g, "tinea cruris"],
  [/\b(scalp ringworm|ringworm of (the )?scalp)\b/g, "tinea capitis"],
  [/\bringworm\b/g, "tinea corporis"],
  [/\bdiaper rash\b/g, "diaper dermatitis"],
  [/\b(cradle cap|dandruff)\b/g, "seborrhea capitis"],
  [/\b(pressure (ulcer|injury|sore)|bed ?sores?|decubitus( ulcer)?)\b/g, "pressure ulcer"],
  [/\b(itching|itchy skin|itchiness)\b/g, "pruritus"],
  [/\bboils?\b/g, "furuncle"],
  ...limbRules(),
  [/\b(tb|tuberculosis)\b(?! (of|infection|exposure|screening))(?!.*\b(latent|exposure|screening|history|meningitis|spine)\b)/g, "respiratory tuberculosis"],
  [/^(?!.*\b(pneumonia|gastrointestinal|encephalopathy|myocarditis|otitis)\b).*\b(flu|influenza) (a|b)( virus)?\b.*$/g, "influenza due to other identified influenza virus with other respiratory manifestations"],
  [/\bgonorrh(o)?ea\b/g, "gonococcal infection"],
  [/\bchicken ?pox\b/g, "varicella"],
  [/\bfifth disease\b/g, "erythema infectiosum"],
  [/\bhand,? foot,? (and )?mouth( disease)?\b/g, "enteroviral vesicular stomatitis with exanthem"],
  [/\bpinworms?\b/g, "enterobiasis"],
];

const MIND_CHILD: readonly Rule[] = [
  [/\betoh\b/g, "alcohol"],
  [/\b(drug (addiction|dependence)|dependent drug abuse|addicted to drugs)\b/g, "other psychoactive substance dependence"],
  [/\bdrug abuse\b/g, "other psychoactive substance abuse"],
  [/\b(unemployed|jobless|out of work)\b/g, "unemployment"],
  [/\b(limited social contact|socially isolated|social isolation)\b/g, "social exclusion and rejection"],
  [/\b(former|ex|past|quit) ?(smoker|smoking|tobacco use)\b|\b(history of|hx of|h\/o) (smoking|tobacco use|nicotine dependence)\b/g, "personal history of nicotine dependence"],
  [/\bsituational depression\b|\breactive depression\b/g, "adjustment disorder with depressed mood"],
  [/\b(vap(ing|er|es)|e ?cig(arette)?s?|juul)\b/g, "nicotine dependence other tobacco product"],
  [/\b(suicidal (ideation|thoughts))\b/g, "suicidal ideations"],
  [/\b(infant(ile)?|baby|newborn) colic\b|\bcolic in (an )?(infant|baby)\b/g, "colic"],
  [/\bftt\b/g, "failure to thrive"],
  [/\bbed ?wetting\b/g, "enuresis"],
];

/** A past procedure or a current drug is a status (Z codes), not the disease. */
const STATUS: readonly Rule[] = [
  // The side after the procedure, so the status rules below read "s/p right TKA" as they read "s/p TKA".
  [/\b(s\/p|status post|hx of|h\/o|history of) (right|left|bilateral) ([a-z]+)\b/g, "$1 $3 $2"],
  [/\b(history|hx|h\/o)( of)? (deep vein thrombosis|thrombosis deep veins|venous embolism thrombosis|blood clots?)\b/g, "personal history of other venous thrombosis and embolism"],
  [/\bfamily history( of)? (colon|colorectal|rectal|stomach|gastric|pancreatic|esophageal|liver) (cancer|ca|malignancy)\b/g, "family history of malignant neoplasm of digestive organs"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (cabg|coronary artery bypass( graft(ing)?)?|bypass surgery)\b/g, "presence of aortocoronary bypass graft"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (appendectomy|cholecystectomy|colectomy)\b/g, "acquired absence of other specified parts of digestive tract"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (total )?(hysterectomy)\b/g, "acquired absence of both cervix and uterus"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (mastectomy)\b/g, "acquired absence of breast and nipple"],
  [/\b(s\/p|status post|hx of|h\/o|history of) splenectomy\b/g, "acquired absence of spleen"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (tka|total knee( replacement| arthroplasty)?|knee (replacement|arthroplasty))\b/g, "presence of artificial knee joint"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (tha|total hip( replacement| arthroplasty)?|hip (replacement|arthroplasty))\b/g, "presence of artificial hip joint"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (pacemaker|ppm)( placement)?\b/g, "presence of cardiac pacemaker"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (coronary )?stent(ing)?\b/g, "presence of coronary angioplasty implant and graft"],
  [/\b(s\/p|status post|hx of|h\/o|history of) (kidney|renal|liver|heart|lung) transplant\b/g, "$2 transplant status"],
  [/\b(on|taking|uses|chronic|long term( use of)?) (coumadin|warfarin|eliquis|apixaban|xarelto|rivaroxaban|anticoagulation|anticoagulants|blood thinners?)\b/g, "long term current use of anticoagulants"],
  [/\b(on|taking) (aspirin|asa)\b/g, "long term current use of aspirin"],
  [/\b(on|taking) (insulin)\b/g, "long term current use of insulin"],
];

/** Statuses first: "s/p CABG" is the graft's presence, not the operation. */
export const STATUS_TERMS: readonly Rule[] = STATUS;
export const LAY_TERMS_C: readonly Rule[] = [...INJURY, ...SKIN, ...MIND_CHILD];

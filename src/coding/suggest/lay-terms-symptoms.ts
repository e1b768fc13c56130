/**
 * Lay words and shorthand -> ICD-10-CM title words (see lay-terms.ts): complaints in a
 * patient's own words, minor injuries, allergies, development. Applied before the other tables.
 */
import type { Rule } from "./lay-terms.ts";

const COMPLAINTS: readonly Rule[] = [
  [/\bwater infection\b/g, "urinary tract infection"],
  [/\b(heart (is )?(flutter\w*|fluttering|skipping|pounding)|fluttering heart|skipped (heart ?)?beats|pounding heart)\b/g, "palpitations"],
  [/\bchest cold\b/g, "acute bronchitis"],
  [/\bhead cold\b/g, "acute nasopharyngitis"],
  [/\b(swollen|enlarged) (glands|lymph nodes?|nodes)\b|\blymphadenopathy\b/g, "enlarged lymph nodes"],
  [/\b(light ?headed(ness)?|woozy|woozziness)\b/g, "dizziness and giddiness"],
  [/\b(feeling faint|near syncope|presyncope|nearly fainted)\b/g, "syncope and collapse"],
  [/\b(trouble|difficulty|problems?) (sleeping|falling asleep|staying asleep)\b|\bcant sleep\b|\bsleeplessness\b/g, "insomnia"],
  [/\bbad breath\b/g, "halitosis"],
  [/\b(belching|burping)\b/g, "eructation"],
  [/\b(bloating|bloated|gas and bloating)\b/g, "abdominal distension gaseous"],
  [/\b(loose|watery|runny) (stools?|bowels?|bowel movements)\b|\bthe runs\b/g, "diarrhea"],
  [/\b(stomach|abdominal|belly|tummy) cramps?\b/g, "abdominal pain"],
  [/\b(hoarse voice|hoarseness|lost (my |her |his )?voice)\b/g, "dysphonia"],
  [/\bloss of (sense of )?smell\b/g, "anosmia"],
  [/\b(tired all the time|always tired|tiredness|exhaustion|feeling tired|worn out|(lack of|low) energy)\b/g, "other fatigue"],
  [/\b(muscle aches?|body aches?|muscle pains?|sore muscles|achy muscles)\b/g, "myalgia"],
  [/\b(joint pains?|aching joints|achy joints)\b/g, "pain in joint"],
  [/\b(stiff neck|neck stiffness)\b/g, "torticollis"],
  [/\bsore ((right|left) )?(knee|shoulder|hip|elbow|wrist|ankle)\b/g, "pain in $1$3"],
  [/\b(leg|muscle|foot|calf) cramps?\b|\bcharley horse\b/g, "cramp and spasm"],
  [/\b(shaky hands|shakiness|shaking hands|trembling)\b/g, "tremor"],
  [/\bweak (legs|arms|muscles)\b|\bmuscle weakness\b/g, "muscle weakness generalized"],
  [/\b(feeling weak|generalized weakness)\b/g, "weakness"],
  [/\bnumb(ness)?\b/g, "anesthesia of skin"],
  [/\b(spots on (the )?skin|skin spots|age spots|dark spots|skin discoloration)\b/g, "disorder of pigmentation"],
  [/\bdry skin\b/g, "xerosis cutis"],
  [/\b(ear ?ache|ear pain)\b/g, "otalgia"],
  [/\b(watery|teary|tearing) eyes?\b/g, "epiphora"],
  [/\b(eye|eyelid) twitch(ing)?\b/g, "blepharospasm"],
  [/\b(ear ringing|ringing ears?)\b/g, "tinnitus"],
  [/\b(hiccups|hiccoughs)\b/g, "hiccough"],
  [/\b(upper|mid|middle|thoracic) back pain\b|\bpain in (the )?(upper|mid|middle) back\b/g, "pain in thoracic spine"],
  [/\b(tail ?bone pain|coccyx pain|coccygodynia)\b/g, "coccydynia"],
  [/\bmouth (sores?|ulcers?)\b|\boral ulcers?\b/g, "recurrent oral aphthae"],
  [/\bskin lesions?\b/g, "disorder of the skin and subcutaneous tissue"],
  [/\b(moles?|nevus|nevi)( check)?\b/g, "melanocytic nevi"],
  [/\bitchy (scalp|skin)\b/g, "pruritus"],
  [/\b(nail|toenail|fingernail) fungus\b/g, "tinea unguium"],
  [/\bheat rash\b/g, "miliaria rubra"],
  [/\bchafing\b/g, "erythema intertrigo"],
  [/\b(post ?op(erative)?|surgical site|incision(al)?|surgical) (wound )?infection\b/g, "infection following a procedure"],
  [/\b(medication|prescription|med|rx) refills?\b/g, "encounter for issue of repeat prescription"],
  [/\b(std|sti|sexually transmitted( (disease|infection)s?)?|vd) (screening|test(ing)?|check)\b|\bscreening for (std|sti|sexually transmitted( (disease|infection)s?)?)\b/g, "encounter for screening for infections with a predominantly sexual mode of transmission"],
  [/\b(hearing|vision|eye|ear|visual acuity) (screening|test|check)\b/g, "encounter for screening for eye and ear disorders"],
  // Counseling by its topic (Index: Counseling, dietary Z71.3; tobacco use Z71.6).
  [/\b(smoking|tobacco|nicotine)( cessation)? counsel\w*|\bcounsel\w* (on|for|about) (smoking|tobacco)( cessation)?\b/g, "tobacco abuse counseling"],
  [/\b(weight( loss)?|diet|dietary|nutrition\w*|obesity) counsel\w*|\bcounsel\w* (on|for|about) (weight( loss)?|diet|nutrition)\b/g, "dietary counseling and surveillance"],
  [/\bfood poisoning\b/g, "bacterial foodborne intoxication"],
  [/\b(fungal skin infection|fungal infection of (the )?skin|skin fungus)\b/g, "superficial mycosis"],
  [/\b(pre ?op(erative)?|pre ?procedur(e|al)|pre ?surgical|surgical) (exam\w*|evaluation|eval|clearance|visit|physical)\b/g, "encounter for other preprocedural examination"],
  [/^(lab|labs|surgical|post ?op|hospital|er|ed)? ?(follow ?up|f\/u)( visit)?$/g, "encounter for follow-up examination after completed treatment"],
  [/\bmorning sickness\b/g, "mild hyperemesis gravidarum"],
];

const MINOR_INJURY: readonly Rule[] = [
  [/\bblack eye\b/g, "contusion of eyelid and periocular area"],
  [/\b(bruise[ds]?|bruising)\b/g, "contusion"],
  [/\b(scrape[ds]?|graze[ds]?|skinned)\b/g, "abrasion"],
  [/\bcut\b/g, "laceration"],
  [/\bsplinter\b/g, "superficial foreign body"],
  [/\bstubbed\b/g, "contusion"],
  [/\bjammed\b/g, "sprain"],
  [/\b(rolled|twisted|turned) ((right|left) )?(ankle|knee|wrist|foot)\b/g, "sprain of $2$4"],
  [/\b(contusion|abrasion|laceration|burn|bite|sting|superficial foreign body|sprain) (on|to) (the )?\b/g, "$1 of "],
  [/^(?=.*\b(contusion|abrasion|laceration|bite|burn)\b)(.*)\barm\b/g, "$2upper arm"],
];

/** Drugs and substances as the names of their poisoning and use-disorder titles. */
const SUBSTANCES: readonly Rule[] = [
  [/\b(acetaminophen|tylenol|paracetamol)\b/g, "4-aminophenol derivatives"],
  [/\b(ibuprofen|naproxen|advil|motrin|aleve)\b/g, "propionic acid derivatives"],
  [/\b(benzo|benzos|benzodiazepines?|xanax|alprazolam|valium|diazepam|lorazepam|ativan)\b/g, "sedative hypnotic or anxiolytic"],
  [/\b(meth|crystal meth|methamphetamine|amphetamines?)\b/g, "other stimulant"],
  [/\b(suicide attempt|suicidal overdose|intentional overdose|attempted suicide)\b/g, "intentional self-harm"],
];

const ALLERGY_DEVELOPMENT: readonly Rule[] = [
  [/\bsulfa( drugs?)?\b/g, "sulfonamides"],
  [/\b(penicillin|sulfonamides|codeine|morphine|opioid|narcotic|aspirin)s? allergy\b|\ballerg(y|ic) to (penicillin|sulfonamides|codeine|morphine|opioids?|narcotics?|aspirin)\b/g, "allergy status to $1$3"],
  [/\b(growth|developmental|development) delay\b|\bdelayed (growth|development)\b/g, "lack of expected normal physiological development in childhood"],
  [/\b(speech|language|speech and language) delay\b|\bdelayed speech\b/g, "developmental disorder of speech and language"],
];

export const LAY_TERMS_SYMPTOMS: readonly Rule[] = [...COMPLAINTS, ...MINOR_INJURY, ...SUBSTANCES, ...ALLERGY_DEVELOPMENT];

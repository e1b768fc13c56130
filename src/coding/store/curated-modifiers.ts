import type { CuratedModifier } from "../artifacts/index.ts";

/**
 * Modifiers coders reach for most, with our own plain-language words.
 * CPT modifiers are AMA numbers (the numbers are free to use; the AMA texts are not shipped).
 * ncciBypass marks the NCCI-associated modifiers that can bypass a PTP edit (indicator 1).
 */
type Row = [code: string, display: string, ncciBypass?: boolean];

const CPT_ROWS: Row[] = [
  ["22", "More work than usual for the procedure"],
  ["24", "Unrelated visit during a surgery's follow-up period"],
  ["25", "Separate, significant visit on the same day as a procedure"],
  ["26", "Professional part only (reading/interpreting)"],
  ["27", "Several outpatient hospital visits the same day"],
  ["50", "Done on both sides of the body", true],
  ["51", "Several procedures in one session"],
  ["52", "Service cut short or reduced"],
  ["53", "Procedure stopped for the patient's safety"],
  ["57", "Visit that led to the decision for major surgery"],
  ["58", "Planned or staged follow-up procedure in the global period", true],
  ["59", "Distinct procedure, separate from others that day", true],
  ["62", "Two surgeons, each doing part"],
  ["76", "Same procedure repeated by the same clinician", true],
  ["77", "Same procedure repeated by another clinician", true],
  ["78", "Unplanned return to the operating room in the global period", true],
  ["79", "Unrelated procedure during the global period", true],
  ["80", "Assistant surgeon"],
  ["91", "Lab test repeated the same day for a new result", true],
  ["95", "Synchronous telehealth with audio and video"],
  ["93", "Synchronous telehealth, audio only"],
];

const HCPCS_ROWS: Row[] = [
  ["XE", "Separate encounter the same day", true],
  ["XS", "Separate organ or structure", true],
  ["XP", "Separate practitioner", true],
  ["XU", "Unusual non-overlapping service", true],
  ["LT", "Left side", true],
  ["RT", "Right side", true],
  ["E1", "Upper left eyelid", true], ["E2", "Lower left eyelid", true],
  ["E3", "Upper right eyelid", true], ["E4", "Lower right eyelid", true],
  ["FA", "Left thumb", true], ["F1", "Left second finger", true], ["F2", "Left third finger", true],
  ["F3", "Left fourth finger", true], ["F4", "Left fifth finger", true], ["F5", "Right thumb", true],
  ["F6", "Right second finger", true], ["F7", "Right third finger", true],
  ["F8", "Right fourth finger", true], ["F9", "Right fifth finger", true],
  ["TA", "Left great toe", true], ["T1", "Left second toe", true], ["T2", "Left third toe", true],
  ["T3", "Left fourth toe", true], ["T4", "Left fifth toe", true], ["T5", "Right great toe", true],
  ["T6", "Right second toe", true], ["T7", "Right third toe", true], ["T8", "Right fourth toe", true],
  ["T9", "Right fifth toe", true],
  ["LC", "Left circumflex coronary artery", true], ["LD", "Left anterior descending coronary artery", true],
  ["RC", "Right coronary artery", true], ["LM", "Left main coronary artery", true],
  ["RI", "Ramus intermedius coronary artery", true],
  ["GA", "Signed advance beneficiary notice (ABN) on file"],
  ["GY", "Not covered by Medicare by law"],
  ["GZ", "Expected denial, no ABN signed"],
  ["KX", "Policy requirements met (documentation on file)"],
  ["TC", "Technical part only (equipment and staff)"],
  ["QW", "CLIA-waived lab test"],
  ["GT", "Telehealth by interactive audio and video (older payers)"],
  ["GQ", "Telehealth by store-and-forward"],
  ["JW", "Drug amount discarded, not given"],
  ["JZ", "No drug amount discarded"],
  ["GC", "Resident took part, teaching physician present"],
  ["Q5", "Substitute clinician under a reciprocal billing arrangement"],
  ["Q6", "Substitute clinician paid per time (locum tenens)"],
];

function toModifier(origin: CuratedModifier["origin"]) {
  return ([code, display, ncciBypass]: Row): CuratedModifier => ({ code, display, origin, ncciBypass: ncciBypass ?? false });
}

export const CURATED_MODIFIERS: readonly CuratedModifier[] = [
  ...CPT_ROWS.map(toModifier("cpt")),
  ...HCPCS_ROWS.map(toModifier("hcpcs")),
];

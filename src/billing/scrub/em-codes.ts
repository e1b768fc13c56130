/** E/M families the E/M rules know (CPT numbers only). */

/** New-patient office (99202-99205) and preventive (99381-99387) visits -> the established equivalent. */
export const NEW_TO_ESTABLISHED: ReadonlyMap<string, string> = new Map([
  ["99202", "99212"], ["99203", "99213"], ["99204", "99214"], ["99205", "99215"],
  ["99381", "99391"], ["99382", "99392"], ["99383", "99393"], ["99384", "99394"],
  ["99385", "99395"], ["99386", "99396"], ["99387", "99397"],
]);

export const ESTABLISHED_TO_NEW: ReadonlyMap<string, string> = new Map(
  [...NEW_TO_ESTABLISHED].map(([newCode, established]) => [established, newCode]),
);

/** Add-on prolonged-service codes: E/M numbers that never take modifier 25 themselves. */
const ADD_ONS = new Set(["99415", "99416", "99417", "99418"]);

/**
 * Separately reportable E/M visits (office, hospital, consults, ED, nursing facility, home,
 * preventive): the codes modifier 25 applies to.
 */
export function isEvaluationAndManagement(code: string): boolean {
  if (!/^99\d{3}$/.test(code) || ADD_ONS.has(code)) return false;
  return (code >= "99202" && code <= "99215") || (code >= "99221" && code <= "99350") || (code >= "99381" && code <= "99404");
}

/** Services modifiers 24, 25 and 57 go on: E/M visits, eye exams (92002-92014) and critical care (99291). */
export function takesEmModifiers(code: string): boolean {
  return isEvaluationAndManagement(code) || ["92002", "92004", "92012", "92014", "99291"].includes(code);
}

/** Preventive medicine visits (99381-99397) and Medicare's IPPE and annual wellness visits (G0402, G0438, G0439). */
export function isPreventiveVisit(code: string): boolean {
  return (code >= "99381" && code <= "99397" && /^\d{5}$/.test(code)) || ["G0402", "G0438", "G0439"].includes(code);
}

/** Problem-oriented office or other outpatient visits (99202-99215). */
export function isProblemOfficeVisit(code: string): boolean {
  return /^992(0[2-5]|1[1-5])$/.test(code);
}

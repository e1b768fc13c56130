/**
 * Uncertain diagnoses in outpatient and professional coding (ICD-10-CM guideline IV.H): a
 * diagnosis documented as "probable", "suspected", "likely", "questionable", "possible" or
 * "rule out" is not coded as if confirmed; the signs and symptoms the note names are. The
 * uncertain part of a text is cut out, as far as its clause reaches, before suggestions are read
 * from it: "cough and fever, likely viral URI" is read as "cough and fever".
 */

const CUE =
  /\b(probable|probably|suspected|suspect|suspicious for|suspicion of|likely|rule out|r\/o|possible|possibly|questionable|presumed|presumptive|working diagnosis( of)?|concern for|compatible with|consistent with)\b|\?/i;

/** Where a clause ends: a comma, semicolon, period, parenthesis or a dash between words. */
const CLAUSE_BREAK = /[,;.()]|\s[-–]\s/;

/** Words left dangling at the end of what remains ("fever with", "cough due to"). */
const DANGLING = /(\s+(with|and|or|due to|from|secondary to|of|for|versus|vs))+\s*$/i;

/** True when the text documents a diagnosis as uncertain. */
export function isUncertain(text: string): boolean {
  return CUE.test(text);
}

/** One clause without its uncertain part: a cue ends it; a cue closing it ("pneumonia suspected") drops it all. */
function certainPart(clause: string): string {
  const cue = CUE.exec(clause);
  if (!cue) return clause;
  const after = clause.slice(cue.index + cue[0].length).trim();
  if (after === "") return "";
  return clause.slice(0, cue.index).replace(DANGLING, "").trim();
}

/** The text without its uncertain diagnoses; "" when nothing certain is left. */
export function withoutUncertainDiagnoses(text: string): string {
  if (!isUncertain(text)) return text;
  const kept: string[] = [];
  let rest = text;
  while (rest !== "") {
    const end = CLAUSE_BREAK.exec(rest);
    const clause = end ? rest.slice(0, end.index) : rest;
    rest = end ? rest.slice(end.index + end[0].length) : "";
    const certain = certainPart(clause).trim();
    if (certain !== "") kept.push(certain);
  }
  return kept.join(", ");
}

import type { CodeIndex } from "../code-index.ts";
import { isInIcdRange, parseIcdCodeRefs } from "../conventions/index.ts";
import { ICD_COMBINATIONS, ICD_FOLLOWS, inIcdRanges } from "../conventions/index.ts";
import { ICD10CM } from "../systems.ts";

/** The least a listed diagnosis needs (ProposedDiagnosis fits). */
export interface ConventionDiagnosis {
  code: string;
  display: string;
  conditionRef?: string;
  reason: string;
}

/** Guards the rewriting loops: the table's replacements never chain further than this. */
const MAX_PASSES = 8;

/** Notes that name a code as a requirement; "if applicable", "any associated", "such as" lists are choices, not requirements. */
const OPTIONAL_NOTE = /\b(if applicable|any|such as|associated|or)\b/i;

const names = (notes: readonly string[] | undefined, code: string): boolean =>
  (notes ?? []).flatMap(parseIcdCodeRefs).some((range) => isInIcdRange(code, range));

/**
 * Combination codes (ICD-10-CM I.B.9, I.A.15, I.C.4.a, I.C.9.a; table coding/data/icd-combinations.json):
 * separately proposed conditions one code describes together are replaced by that code (I10 with
 * N18.3x gives I12.9, I10 with I50.x I11.0, both I13.0; E11.9 with L97.4x E11.621), in the place of
 * the code it replaces; the other conditions stay. "E11.9 beside a complication code" drops E11.9.
 */
function combine<D extends ConventionDiagnosis>(list: D[], index: CodeIndex, dateOfService?: string): D[] {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const applied = ICD_COMBINATIONS.some((entry) => {
      const matched = entry.all.map((group) => list.findIndex((d) => inIcdRanges(d.code, group)));
      if (matched.some((i) => i === -1)) return false;
      if (entry.none.some((group) => list.some((d) => inIcdRanges(d.code, group)))) return false;
      const at = matched[0] ?? -1;
      const replaced = list[at];
      if (!replaced) return false;
      const entryCode = index.lookup(ICD10CM, entry.combination, dateOfService);
      if (entryCode === undefined) {
        if (!/^[A-Z]\d/.test(entry.combination)) { list.splice(at, 1); return true; } // remove the unspecified code
        return false;
      }
      const existing = list.findIndex((d) => d.code === entryCode.code);
      if (existing !== -1) { list.splice(at, 1); return true; }
      const parts = matched.slice(1).map((i) => list[i]?.code ?? "");
      list[at] = { ...replaced, code: entryCode.code, display: entryCode.display, reason: `${replaced.reason}; combined with ${parts.join(", ")} as ${entryCode.code} (ICD-10-CM ${entry.guideline})` };
      // Parts the combination code also describes ("instead of E11.9 and G62.9") go; the others stay after it.
      const insteadOf = /instead of ([^,(]*)/.exec(entry.fix)?.[1] ?? "";
      const gone = new Set(parts.filter((code) => new RegExp(`\\b${code.replace(".", "\\.")}\\b`).test(insteadOf)));
      for (let i = list.length - 1; i >= 0; i--) if (i !== at && gone.has(list[i]?.code ?? "")) list.splice(i, 1);
      return true;
    });
    if (!applied) break;
  }
  return list;
}

/**
 * A definite "Code first" note naming one billable code (J12.82: "COVID-19 (U07.1)") brings that
 * code onto the list when it is missing: the etiology is listed before its manifestation (I.A.13,
 * I.C.1.g.1.a: COVID-19 pneumonia is U07.1, then J12.82).
 */
function addRequiredEtiology<D extends ConventionDiagnosis>(list: D[], index: CodeIndex, dateOfService?: string): D[] {
  return list.flatMap((d) => {
    const notes = index.lookup(ICD10CM, d.code, dateOfService)?.notes.codeFirst ?? [];
    // Notes after a "such as:" / "any associated:" heading are the heading's choices.
    const heading = notes.findIndex((note) => note.trim().endsWith(":"));
    const beforeChoices = heading === -1 ? notes : notes.slice(0, heading);
    const required = beforeChoices.filter((note) => !OPTIONAL_NOTE.test(note.replace(/\([^)]*\)/g, ""))).flatMap(parseIcdCodeRefs);
    const single = required.length === 1 && required[0]?.from === required[0]?.to ? required[0] : undefined;
    if (!single) return [d];
    const code = `${single.from.slice(0, 3)}.${single.from.slice(3)}`;
    if (list.some((other) => other.code === code)) return [d];
    const entry = index.lookup(ICD10CM, code, dateOfService);
    if (!entry?.validOnDate) return [d];
    return [{ ...d, code: entry.code, display: entry.display, reason: `coded first by ${d.code}'s Tabular note` }, d];
  });
}

/** `a` must come before `b`: b's "Code first" names a, or a's "Use additional code" names b, or b follows a by the table. */
function mustPrecede(a: string, b: string, notesOf: (code: string) => { codeFirst?: string[]; useAdditionalCode?: string[] } | undefined): boolean {
  if (names(notesOf(b)?.codeFirst, a) || names(notesOf(a)?.useAdditionalCode, b)) return true;
  return ICD_FOLLOWS.some((rule) => inIcdRanges(b, rule.codes) && inIcdRanges(a, rule.after));
}

/**
 * Sequencing by the Tabular's notes and the table's follow rules: a code moves to just after a
 * later code that must precede it (I12.9 before N18.3x, E11.621 before L97.4x, U07.1 before J12.82, E66.x before
 * Z68.x), otherwise the order is kept; a code the table never lists first (BMI Z68) does not lead.
 */
function sequence<D extends ConventionDiagnosis>(list: D[], index: CodeIndex, dateOfService?: string): D[] {
  const cache = new Map<string, ReturnType<typeof notesLookup>>();
  function notesLookup(code: string) { return index.lookup(ICD10CM, code, dateOfService)?.notes; }
  const notesOf = (code: string) => {
    if (!cache.has(code)) cache.set(code, notesLookup(code));
    return cache.get(code);
  };
  const out = [...list];
  for (let pass = 0; pass < out.length * out.length; pass++) {
    let moved = false;
    for (let i = 0; i < out.length && !moved; i++) {
      for (let j = i + 1; j < out.length && !moved; j++) {
        const [a, b] = [out[i], out[j]];
        if (a && b && mustPrecede(b.code, a.code, notesOf) && !mustPrecede(a.code, b.code, notesOf)) {
          out.splice(i, 1);
          out.splice(j, 0, a);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  const leading = out.findIndex((d) => !ICD_FOLLOWS.some((rule) => inIcdRanges(d.code, rule.codes)));
  if (leading > 0) out.unshift(...out.splice(leading, 1));
  return out;
}

/**
 * The coding conventions applied to a proposed claim diagnosis list (claim order): combination
 * codes replace their separately coded parts, a required etiology is added before its
 * manifestation, and codes are sequenced by the Tabular's code-first / use-additional notes and the
 * follow rules (a BMI code after its weight diagnosis, never first).
 */
export function applyCodingConventions<D extends ConventionDiagnosis>(list: readonly D[], index: CodeIndex, dateOfService?: string): D[] {
  const combined = combine([...list], index, dateOfService);
  return sequence(addRequiredEtiology(combined, index, dateOfService), index, dateOfService);
}

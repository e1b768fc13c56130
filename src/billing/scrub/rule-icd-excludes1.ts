import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import blockFile from "./data/icd-block-excludes1.json" with { type: "json" };
import { isInIcdRange, parseIcdCodeRefs, parseRangeText, type IcdCodeRange } from "./icd-code-refs.ts";
import { finding } from "./finding.ts";

/** An Excludes1 note in force for a code, and where the Tabular writes it. */
interface Excludes1Note {
  note: string;
  /** "" for the code's own or its category's note; "section N00-N08" or "chapter S00-T88" for a block's. */
  from: string;
}

const BLOCKS = blockFile.blocks.map((block) => ({ ...block, parsed: parseRangeText(block.range) }));
/** Sections and chapters are whole categories, so their notes are kept per category. */
const byCategory = new Map<string, Excludes1Note[]>();
const refsByNote = new Map<string, IcdCodeRange[]>();

/** The Excludes1 notes of the sections and chapters the code lies in (they apply to every code under them). */
export function blockExcludes1(code: string): Excludes1Note[] {
  const category = code.slice(0, 3);
  let notes = byCategory.get(category);
  if (!notes) {
    notes = BLOCKS.filter((block) => isInIcdRange(category, block.parsed)).flatMap((block) =>
      block.excludes1.map((note) => ({ note, from: `${block.level} ${block.range}` })),
    );
    byCategory.set(category, notes);
  }
  return notes;
}

function refsOf(note: string): IcdCodeRange[] {
  let refs = refsByNote.get(note);
  if (!refs) {
    refs = parseIcdCodeRefs(note);
    refsByNote.set(note, refs);
  }
  return refs;
}

/**
 * icd-excludes1: two diagnoses that an Excludes1 note says are never reported together: the
 * code's own and its parents' notes, and those of its section and chapter.
 */
export function checkExcludes1(input: ScrubInput): OperationOutcomeIssue[] {
  const reported = new Set<string>();
  const issues: OperationOutcomeIssue[] = [];
  for (const dx of input.diagnoses) {
    const own = (input.icd(dx.code)?.notes.excludes1 ?? []).map((note) => ({ note, from: "" }));
    for (const excludes of [...own, ...(dx.code === "" ? [] : blockExcludes1(dx.code))]) {
      for (const other of excludedBy(excludes.note, dx, input.diagnoses)) {
        const pair = [dx.index, other.index].sort((a, b) => a - b).join("|");
        if (reported.has(pair)) continue;
        reported.add(pair);
        issues.push(excludesFinding(dx, other, excludes));
      }
    }
  }
  return issues;
}

function excludedBy(note: string, dx: DiagnosisView, diagnoses: DiagnosisView[]): DiagnosisView[] {
  const ranges = refsOf(note);
  return diagnoses.filter((other) => other.index !== dx.index && other.code !== "" && ranges.some((range) => isInIcdRange(other.code, range)));
}

function excludesFinding(dx: DiagnosisView, other: DiagnosisView, { note, from }: Excludes1Note): OperationOutcomeIssue {
  const later = dx.index > other.index ? dx : other;
  const where = from === "" ? `${dx.code} has an Excludes1 note` : `${dx.code} lies in ${from}, whose Excludes1 note is`;
  const text = `${where} "${note}", so ${other.code} is not reported with it: keep the one that describes the condition and remove the other, unless the two are clearly unrelated conditions.`;
  return finding("icd-excludes1", "warning", "business-rule", text, [later.path]);
}

import type { NoteSet, TabularNotesArtifact } from "../src/coding/artifacts/artifact-format.ts";
import { ARTIFACT_FORMAT } from "../src/coding/artifacts/artifact-format.ts";

type ListKey = Exclude<keyof NoteSet, "sevenChrDef">;

const LIST_TAGS: Record<string, ListKey> = {
  inclusionTerm: "inclusionTerms",
  includes: "includes",
  excludes1: "excludes1",
  excludes2: "excludes2",
  codeFirst: "codeFirst",
  useAdditionalCode: "useAdditionalCode",
  codeAlso: "codeAlso",
  notes: "notes",
  sevenChrNote: "sevenChrNote",
};

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}

/** The block of direct child notes of one <diag>: its text up to the first nested <diag>. */
function ownBlock(xml: string, from: number): string {
  const nested = xml.indexOf("<diag>", from);
  const close = xml.indexOf("</diag>", from);
  const end = nested !== -1 && nested < close ? nested : close;
  return xml.slice(from, end);
}

function parseNoteSet(block: string): NoteSet {
  const set: NoteSet = {};
  for (const m of block.matchAll(/<(\w+)>([\s\S]*?)<\/\1>/g)) {
    const [, tag = "", inner = ""] = m;
    const key = LIST_TAGS[tag];
    if (key) {
      const notes = [...inner.matchAll(/<note>([\s\S]*?)<\/note>/g)].map((n) => decodeXml(n[1] ?? ""));
      set[key] = [...(set[key] ?? []), ...notes];
    } else if (tag === "sevenChrDef") {
      set.sevenChrDef = [...inner.matchAll(/<extension char="(.)">([\s\S]*?)<\/extension>/g)]
        .map((x) => ({ char: x[1] ?? "", meaning: decodeXml(x[2] ?? "") }));
    }
  }
  return set;
}

/** Notes of every <diag> whose code (without dot) passes `keep`. */
export function buildTabularNotesArtifact(xml: string, keep: (code: string) => boolean, source: string): TabularNotesArtifact {
  const version = /<version>(\d{4})<\/version>/.exec(xml)?.[1];
  if (!version) throw new Error("tabular XML: no <version>");
  const notes: Record<string, NoteSet> = {};
  for (const m of xml.matchAll(/<diag>\s*<name>([^<]+)<\/name>\s*<desc>[\s\S]*?<\/desc>/g)) {
    const code = (m[1] ?? "").replace(".", "").trim();
    if (!keep(code)) continue;
    const set = parseNoteSet(ownBlock(xml, (m.index ?? 0) + m[0].length));
    if (Object.keys(set).length > 0) notes[code] = set;
  }
  return { format: ARTIFACT_FORMAT, kind: "icd10cm-notes", fiscalYear: `FY${version}`, source, notesJson: JSON.stringify(notes) };
}

import type { NcciEdits } from "./load-ncci.ts";

export interface NcciEditionLabels {
  ptp: string;
  mue: string;
}

/** What the UI shows about the loaded NCCI tables: each edition's label, or that none is loaded. */
export function describeNcciEditions(edits: NcciEdits | undefined): NcciEditionLabels {
  return {
    ptp: edits?.ptp ? edits.ptp.edition : "No PTP edition loaded (code pairs are not checked)",
    mue: edits?.mue ? edits.mue.edition : "No MUE edition loaded (units are not checked)",
  };
}

/**
 * NCCI procedure-to-procedure (PTP) edits: for one patient, provider and date of service,
 * the column-2 code is not paid with its column-1 code unless the modifier indicator is 1
 * and an NCCI-associated modifier shows the services were distinct.
 */
export interface PtpEdit {
  column1: string;
  column2: string;
  /** 0 = no modifier bypasses the edit; 1 = an NCCI-associated modifier may. (9 rows are not loaded.) */
  modifierIndicator: 0 | 1;
  /** YYYY-MM-DD; absent when the source has no effective date (the converted 2024 Q3 table). */
  effectiveDate?: string;
  /** YYYY-MM-DD, absent when the edit is active. The edit applies through this date. */
  deletionDate?: string;
  /** CMS PTP edit rationale category, e.g. "Mutually exclusive procedures". */
  rationale?: string;
}

export interface PtpTable {
  /** Human label of the loaded edition, e.g. "Practitioner PTP 2024 Q3 (2024-07-01, old)". */
  edition: string;
  /** First date of service the edition applies to (YYYY-MM-DD). */
  effectiveDate: string;
  /** Number of edits held. */
  size: number;
  /** The edit in force on the date of service with `column1` as column 1 and `column2` as column 2. */
  lookup(column1: string, column2: string, dateOfService: string): PtpEdit | undefined;
}

/** True when the edit applies on the date (effective on or before it, not deleted before it). */
export function isPtpEditInForce(edit: PtpEdit, dateOfService: string): boolean {
  if (edit.effectiveDate !== undefined && edit.effectiveDate > dateOfService) return false;
  return edit.deletionDate === undefined || edit.deletionDate >= dateOfService;
}

/** An in-memory PtpTable over edit rows (as read from a CMS file). */
export function createPtpTable(edition: string, effectiveDate: string, edits: Iterable<PtpEdit>): PtpTable {
  const byPair = new Map<string, PtpEdit[]>();
  let size = 0;
  for (const edit of edits) {
    const key = `${edit.column1}|${edit.column2}`;
    const list = byPair.get(key);
    if (list) list.push(edit);
    else byPair.set(key, [edit]);
    size++;
  }
  return {
    edition,
    effectiveDate,
    size,
    lookup: (column1, column2, dateOfService) =>
      byPair.get(`${column1}|${column2}`)?.find((edit) => isPtpEditInForce(edit, dateOfService)),
  };
}

/** Why a CPT number CMS's public files do not know is refused: the scrubber's procedure-invalid words, also shown by code search. */
export const unknownCptText = (code: string): string =>
  `CPT ${code}, which CMS's public files (PFS 2025, MUE 2026 Q2, PTP) do not know: it is deleted or does not exist; choose the current code for the service.`;

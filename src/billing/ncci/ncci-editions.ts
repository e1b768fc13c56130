/** The NCCI editions this app ships (built by scripts/build-ncci.ts into public/ncci/). */
export const PTP_ARTIFACT_FILE = "ptp-practitioner.bin.gz";
export const MUE_ARTIFACT_FILE = "mue-practitioner.json.gz";

/** Shown wherever the PTP edition is named: the only table obtained is old and lossy. */
export const SHIPPED_PTP_EDITION = "Practitioner PTP 2024 Q3 (2024-07-01, old)";
export const SHIPPED_PTP_EFFECTIVE = "2024-07-01";
export const SHIPPED_MUE_EDITION = "Practitioner MUE 2026 Q2 (2026-04-01)";
export const SHIPPED_MUE_EFFECTIVE = "2026-04-01";

/** The compact MPFS artifact (public/mpfs/mpfs-rvu-2025.json.gz, built by scripts/build-mpfs-fees.ts). */
export interface MpfsArtifact {
  source: string;
  year: number;
  /** Dollars per RVU (CY2025: 32.3465). */
  conversionFactor: number;
  /** "99213" or "71046-26" -> [work, non-facility PE, facility PE, malpractice] RVUs in hundredths. */
  rvus: Record<string, [number, number, number, number]>;
  /** Numbers the RVU file lists without RVUs -> their PFS status letter (X statutory exclusion, E excluded, C carrier-priced ...). */
  unpriced: Record<string, string>;
  /** "MAC-locality" ("14212-01") -> the locality and its GPCIs [work, PE, MP]. */
  localities: Record<string, MpfsLocality>;
}

export interface MpfsLocality {
  state: string;
  name: string;
  counties: string;
  gpci: [number, number, number];
}

/** A read artifact, checked for shape (never throws: a problem in words instead). */
export function parseMpfsArtifact(json: unknown): { artifact: MpfsArtifact } | { problem: string } {
  const v = json as Partial<MpfsArtifact> | null;
  const ok = v !== null && typeof v === "object" && typeof v.conversionFactor === "number" && v.conversionFactor > 0
    && typeof v.rvus === "object" && typeof v.unpriced === "object" && typeof v.localities === "object" && typeof v.year === "number";
  return ok ? { artifact: v as MpfsArtifact } : { problem: "the MPFS artifact (mpfs/mpfs-rvu-2025.json.gz) is not in the expected shape: rebuild it with scripts/build-mpfs-fees.ts" };
}

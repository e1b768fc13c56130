import settings from "./data/mpfs-settings.json" with { type: "json" };
import type { MpfsArtifact } from "./mpfs-artifact.ts";

/** The practice's default fees: the MPFS amount of its locality times its multiplier (billing-config `defaultFees`). */
export interface DefaultFees {
  artifact: MpfsArtifact;
  /** "MAC-locality" ("14212-01"); absent: national (every GPCI 1.0). */
  locality?: string;
  /** Charge = MPFS amount x multiplier (e.g. 1.5); 1 when absent. */
  multiplier?: number;
}

export type MpfsFee = { amount: number; reason: string } | { missing: string };

const FACILITY = new Set(settings.facilityPlacesOfService);
const STATUS_WHY = new Map(Object.entries(settings.statusWhy));

/** Whether a place of service is paid at the PFS facility rate (hospital, ASC, SNF ...) rather than the office rate. */
export const isFacilityPlace = (placeOfService: string | undefined): boolean => FACILITY.has(placeOfService ?? "");

function rowFor(artifact: MpfsArtifact, code: string, modifiers: readonly string[]): { key: string; rvus: [number, number, number, number] } | undefined {
  for (const modifier of modifiers.filter((m) => m === "26" || m === "TC")) {
    const key = `${code}-${modifier}`;
    if (Object.hasOwn(artifact.rvus, key)) return { key, rvus: artifact.rvus[key] as [number, number, number, number] };
  }
  return Object.hasOwn(artifact.rvus, code) ? { key: code, rvus: artifact.rvus[code] as [number, number, number, number] } : undefined;
}

/**
 * The default charge per unit from the MPFS: [work RVU x work GPCI + PE RVU (facility or
 * non-facility by the place of service) x PE GPCI + MP RVU x MP GPCI] x conversion factor x the
 * practice multiplier, to the cent; or why there is none (no RVUs for the code, and why).
 */
export function mpfsFee(fees: DefaultFees, code: string, modifiers: readonly string[], placeOfService?: string): MpfsFee {
  const { artifact } = fees;
  const row = rowFor(artifact, code, modifiers);
  if (!row) {
    const status = Object.hasOwn(artifact.unpriced, code) ? artifact.unpriced[code] : undefined;
    const why = status === undefined ? `${code} is not in the CY${artifact.year} MPFS RVU file` : `${code} has no MPFS RVUs (status ${status}: ${STATUS_WHY.get(status) ?? "no national price"})`;
    return { missing: `No default price: ${why}. Enter the charge, or add the code to the practice fee schedule.` };
  }
  const locality = fees.locality !== undefined && Object.hasOwn(artifact.localities, fees.locality) ? artifact.localities[fees.locality] : undefined;
  const [gw, gpe, gmp] = locality?.gpci ?? [1, 1, 1];
  const facility = isFacilityPlace(placeOfService);
  const [work, peNonFacility, peFacility, mp] = row.rvus;
  const rvus = (work * gw + (facility ? peFacility : peNonFacility) * gpe + mp * gmp) / 100;
  const multiplier = fees.multiplier ?? 1;
  const amount = Math.round(rvus * artifact.conversionFactor * multiplier * 100) / 100;
  if (!(amount > 0)) return { missing: `No default price: ${row.key} has no ${facility ? "facility" : "non-facility"} RVUs in the CY${artifact.year} MPFS. Enter the charge.` };
  const where = locality ? `${locality.name} (${fees.locality})` : "national (no locality configured)";
  return { amount, reason: `MPFS CY${artifact.year} ${row.key}, ${facility ? "facility" : "non-facility"} rate, ${where}, CF ${artifact.conversionFactor} x ${multiplier}` };
}

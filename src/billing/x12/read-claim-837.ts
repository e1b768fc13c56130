import type { Bundle, Claim, OperationOutcomeIssue } from "fhir/r4";
import { indexBundle } from "./bundle-index.ts";
import type { Claim837, X12ClaimInfo, X12ServiceLine } from "./claim-837-model.ts";
import { hasErrors } from "./findings.ts";
import { readClia } from "./read-clia.ts";
import { readClaimId, readClaimPlaceOfService, readFrequency, readPriorAuthorization } from "./read-claim-info.ts";
import { report, type ReadContext } from "./read-context.ts";
import { readDiagnoses } from "./read-diagnoses.ts";
import { readBillingProvider, readRenderingProvider, readServiceFacility } from "./read-providers.ts";
import { readOtherPayers } from "./read-other-payers.ts";
import { readServiceLines } from "./read-service-lines.ts";
import { readCoverage, readPayer, readSubscriber } from "./read-subscriber.ts";
import { toCents } from "./x12-number.ts";

export interface ReadResult {
  /** Present only when nothing of error severity was found. */
  data?: Claim837;
  issues: OperationOutcomeIssue[];
}

/** CLM02 is the sum of the line charges; a Claim.total that disagrees is refused. */
function readTotal(ctx: ReadContext, claim: Claim, lines: X12ServiceLine[]): number | undefined {
  const sum = lines.reduce((total, line) => total + line.chargeCents, 0);
  const stated = claim.total?.value;
  if (stated !== undefined && toCents(stated) !== sum) {
    const text = `Claim.total (${stated}) is not the sum of the line charges (${sum / 100}).`;
    return report(ctx, "x12-invalid-data", text, "Claim.total");
  }
  return sum;
}

function readClaimInfo(ctx: ReadContext, claim: Claim): { info?: Omit<X12ClaimInfo, "totalCents">; lines?: X12ServiceLine[] } {
  const id = readClaimId(ctx, claim);
  const placeOfService = readClaimPlaceOfService(ctx, claim);
  const frequency = readFrequency(ctx, claim);
  const diagnoses = readDiagnoses(ctx, claim);
  const priorAuthorization = readPriorAuthorization(ctx, claim);
  const lines = readServiceLines(ctx, claim, { claimPlaceOfService: placeOfService, positionOf: diagnoses?.positionOf });
  if (!id || !placeOfService || !frequency || !diagnoses) return { lines };
  return { info: { id, placeOfService, ...frequency, priorAuthorization, diagnoses: diagnoses.codes }, lines };
}

/** What the practice adds to the FHIR data: the lab's CLIA number (billing-config cliaNumber). */
export interface Claim837Settings {
  cliaNumber?: string | undefined;
}

/** Reads everything an 837P needs from the Bundle, reporting each gap as a finding. */
export function readClaim837(bundle: Bundle, settings: Claim837Settings = {}): ReadResult {
  const ctx: ReadContext = { index: indexBundle(bundle), issues: [] };
  const claim = ctx.index.first("Claim");
  if (!claim) {
    report(ctx, "x12-missing-data", "The Bundle holds no Claim.", "Bundle.entry");
    return { issues: ctx.issues };
  }
  const billingProvider = readBillingProvider(ctx, claim);
  const coverage = readCoverage(ctx, claim);
  const subscriber = coverage ? readSubscriber(ctx, claim, coverage) : undefined;
  const payer = coverage ? readPayer(ctx, coverage) : undefined;
  const { info, lines } = readClaimInfo(ctx, claim);
  const renderingProvider = readRenderingProvider(ctx, claim);
  const serviceFacility = readServiceFacility(ctx, claim);
  const totalCents = lines ? readTotal(ctx, claim, lines) : undefined;
  const cliaNumber = readClia(ctx, claim, settings.cliaNumber);
  const otherPayers = lines ? readOtherPayers(ctx, claim, lines) : undefined;
  if (hasErrors(ctx.issues) || !billingProvider || !subscriber || !payer || !info || !lines || totalCents === undefined || !otherPayers) {
    return { issues: ctx.issues };
  }
  const data: Claim837 = { billingProvider, subscriber, payer, claim: { ...info, totalCents, ...(cliaNumber ? { cliaNumber } : {}) }, renderingProvider, serviceFacility, lines, ...(otherPayers.length ? { otherPayers } : {}) };
  return { data, issues: ctx.issues };
}

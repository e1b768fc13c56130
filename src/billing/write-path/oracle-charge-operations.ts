import type { ChargeItem, Extension, Parameters } from "fhir/r4";
import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { chargeValueOf, PERFORMER_FUNCTION } from "../build/build-charge-items.ts";
import { pointedDiagnoses } from "../build/draft-codings.ts";
import { deterministicUrnUuid } from "../build/deterministic-uuid.ts";
import { CHARGE_SERVICE_SYSTEM } from "../state/billing-identifiers.ts";
import {
  modifierCodeExtension,
  ORACLE_STRUCTURE,
  oracleBillCoding,
  priorityExtension,
  procedureBillCodeType,
  type OracleBillCodes,
} from "./oracle-bill-codes.ts";

/** A POST to make against the EHR base: an Oracle ChargeItem operation. */
export interface OracleOperationRequest {
  url: string;
  body: Parameters;
}

/** `ChargeItem/$create` or `$modify`: a charge and a deterministic transactionId (a retry is the same request). */
function chargeOperation(url: string, chargeItem: ChargeItem, transactionKey: string): OracleOperationRequest {
  return {
    url,
    body: {
      resourceType: "Parameters",
      parameter: [
        { name: "chargeItem", resource: chargeItem },
        { name: "transactionId", valueUuid: deterministicUrnUuid(transactionKey) },
      ],
    },
  };
}

/** `ChargeItem/$create` for one service line (Oracle Health: no plain create). */
export function buildOracleChargeItemCreate(draft: ClaimDraft, line: DraftLine, codes: OracleBillCodes, generation = 1): OracleOperationRequest {
  const key = chargeValueOf(draft, line, generation);
  return chargeOperation("ChargeItem/$create", oracleChargeItem(draft, line, codes, key), `oracle-create:${key}`);
}

/** The previous charge a correction replaces, as Oracle identifies it: id and version. */
export interface OracleChargeVersion {
  id: string;
  versionId: string;
}

/** `ChargeItem/$modify`: the corrected line replacing a charge already in Oracle. */
export function buildOracleChargeItemModify(
  draft: ClaimDraft, line: DraftLine, codes: OracleBillCodes, replacing: OracleChargeVersion, generation = 1,
): OracleOperationRequest {
  const key = chargeValueOf(draft, line, generation);
  const item = oracleChargeItem(draft, line, codes, key);
  const replacingExtension: Extension = {
    url: `${ORACLE_STRUCTURE}/replacing`,
    valueReference: { reference: `ChargeItem/${replacing.id}` },
    extension: [{ url: "item-version", valueId: replacing.versionId }],
  };
  item.extension = [replacingExtension, ...(item.extension ?? [])];
  return chargeOperation("ChargeItem/$modify", item, `oracle-modify:${key}:${replacing.id}`);
}

/** `ChargeItem/{id}/$credit`: takes a charge back (the Oracle way of correcting it). */
export function buildOracleChargeItemCredit(draft: ClaimDraft, charge: OracleChargeVersion): OracleOperationRequest {
  return {
    url: `ChargeItem/${charge.id}/$credit`,
    body: {
      resourceType: "Parameters",
      parameter: [
        { name: "versionId", valueId: charge.versionId },
        { name: "transactionId", valueUuid: deterministicUrnUuid(`oracle-credit:${charge.id}:${charge.versionId}`) },
        { name: "subject", valueReference: { reference: draft.patientRef } },
        { name: "context", valueReference: { reference: draft.encounterRef } },
      ],
    },
  };
}

function oracleChargeItem(draft: ClaimDraft, line: DraftLine, codes: OracleBillCodes, serviceValue: string): ChargeItem {
  const item: ChargeItem = {
    resourceType: "ChargeItem",
    // The service identity rides along, so the next person can tell which line a charge bills.
    identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: serviceValue }],
    status: "unknown",
    subject: { reference: draft.patientRef },
    context: { reference: draft.encounterRef },
    occurrenceDateTime: occurrence(draft, line),
    quantity: { value: line.units },
    code: { coding: [oracleBillCoding(codes, procedureBillCodeType(line.system), line.code)] },
    reason: pointedDiagnoses(draft, line).map((diagnosis, index) => ({
      extension: [priorityExtension(index + 1)],
      coding: [oracleBillCoding(codes, "ICD", diagnosis.code)],
    })),
  };
  if (draft.renderingProviderRef) {
    item.performer = [{ function: PERFORMER_FUNCTION, actor: { reference: draft.renderingProviderRef } }];
  }
  const extension = line.modifiers.map((modifier, index) => modifierCodeExtension(codes, modifier, index + 1));
  if (draft.locationRef) {
    extension.unshift({ url: `${ORACLE_STRUCTURE}/performing-location`, valueReference: { reference: draft.locationRef } });
  }
  if (extension.length > 0) item.extension = extension;
  return item;
}

/** The encounter start when it falls on the service date (Oracle wants a time), else the date. */
function occurrence(draft: ClaimDraft, line: DraftLine): string {
  return draft.periodStart?.startsWith(`${line.serviceDate}T`) ? draft.periodStart : line.serviceDate;
}

/**
 * The created charge from an Oracle operation's answer (empty body): id from the Location
 * header, version from the ETag (W/"0" -> "0"). Keep it per line for later $modify/$credit.
 */
export function oracleChargeFromHeaders(location: string | null | undefined, etag: string | null | undefined): OracleChargeVersion | undefined {
  const id = location ? /\/ChargeItem\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[^/]+)?\/?$/.exec(location)?.[1] : undefined;
  const versionId = etag ? /^(?:W\/)?"?([^"]+)"?$/.exec(etag.trim())?.[1] : undefined;
  return id && versionId ? { id, versionId } : undefined;
}

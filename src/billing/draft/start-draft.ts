import type { Encounter, Location, Practitioner, PractitionerRole, Procedure } from "fhir/r4";
import { CPT, HCPCS, HCPCS_OID } from "../../coding/systems.ts";
import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { defaultPlaceOfService } from "./place-of-service.ts";

export interface StartDraftInput {
  patientId: string;
  encounter: Encounter;
  procedures: Procedure[];
  location?: Location;
  practitionerRef?: string;
  organizationRef?: string;
  coverageRef?: string;
  /** Unit charge for a code and modifiers (from the practice fee schedule); 0 when unknown. */
  chargeFor?: (code: string, modifiers: string[], placeOfService?: string) => number;
  /** Where the rendering provider's NUCC taxonomy is found (see renderingTaxonomyOf). */
  taxonomy?: TaxonomySources;
}

export interface TaxonomySources {
  practitioners?: readonly Practitioner[];
  practitionerRoles?: readonly PractitionerRole[];
  /** The practice's list (billing-config `providerTaxonomies`), by "Practitioner/id" or NPI. */
  configured?: Readonly<Record<string, string>>;
}

const NUCC = "http://nucc.org/provider-taxonomy";
const NPI = "http://hl7.org/fhir/sid/us-npi";
const TAXONOMY_CODE = /^[0-9A-Z]{9}X$/;

/**
 * The rendering provider's NUCC taxonomy: its PractitionerRole.specialty, else the
 * Practitioner.qualification coded in NUCC, else the practice's configured list (by reference or
 * NPI). Undefined when none says it.
 */
export function renderingTaxonomyOf(practitionerRef: string, sources: TaxonomySources): string | undefined {
  const nucc = (codings: { system?: string; code?: string }[] | undefined) => codings?.find((c) => c.system === NUCC && TAXONOMY_CODE.test(c.code ?? ""))?.code;
  const roles = (sources.practitionerRoles ?? []).filter((r) => r.practitioner?.reference === practitionerRef);
  const fromRole = roles.flatMap((r) => r.specialty ?? []).map((s) => nucc(s.coding)).find(Boolean);
  if (fromRole) return fromRole;
  // A Practitioner without id is not the one any reference names ("Practitioner/" included).
  const practitioner = sources.practitioners?.find((p) => p.id !== undefined && `Practitioner/${p.id}` === practitionerRef);
  const fromQualification = (practitioner?.qualification ?? []).map((q) => nucc(q.code.coding)).find(Boolean);
  if (fromQualification) return fromQualification;
  const npi = practitioner?.identifier?.find((i) => i.system === NPI)?.value;
  const configured = sources.configured?.[practitionerRef] ?? (npi ? sources.configured?.[npi] : undefined);
  return configured && TAXONOMY_CODE.test(configured) ? configured : undefined;
}

const BILLING_SYSTEMS = new Set([CPT, HCPCS, HCPCS_OID]);

function dateOf(value: string | undefined): string | undefined {
  return value ? value.slice(0, 10) : undefined;
}

/** Service lines pre-filled from the encounter's Procedures that carry CPT or HCPCS codings. */
function linesFromProcedures(input: StartDraftInput, placeOfService: string, serviceDate: string): DraftLine[] {
  return input.procedures.flatMap((procedure) => {
    const coding = procedure.code?.coding?.find((c) => c.system && BILLING_SYSTEMS.has(c.system) && c.code);
    if (!coding?.code) return [];
    const system = coding.system === CPT ? CPT : HCPCS;
    return [{
      id: `proc-${procedure.id ?? coding.code}`,
      system,
      code: coding.code,
      ...(coding.display ?? procedure.code?.text ? { display: coding.display ?? procedure.code?.text } : {}),
      modifiers: [],
      units: 1,
      diagnosisPointers: [],
      placeOfService,
      unitCharge: input.chargeFor?.(coding.code, [], placeOfService) ?? 0,
      ...(input.chargeFor ? { listPrice: input.chargeFor(coding.code, [], placeOfService) } : {}),
      serviceDate: dateOf(procedure.performedDateTime ?? procedure.performedPeriod?.start) ?? serviceDate,
      ...(procedure.id ? { procedureRef: `Procedure/${procedure.id}` } : {}),
    }];
  });
}

/** A first draft for an encounter: no diagnoses yet (the coder accepts them), lines from Procedures. */
export function startDraft(input: StartDraftInput): ClaimDraft {
  const serviceDate = dateOf(input.encounter.period?.start) ?? "";
  const placeOfService = defaultPlaceOfService(input.encounter, input.location) ?? "";
  return {
    encounterRef: `Encounter/${input.encounter.id}`,
    patientRef: `Patient/${input.patientId}`,
    revision: 0,
    diagnoses: [],
    lines: linesFromProcedures(input, placeOfService, serviceDate),
    ...(input.practitionerRef ? { renderingProviderRef: input.practitionerRef } : {}),
    ...taxonomyOf(input),
    ...(input.encounter.account?.[0]?.reference ? { accountRef: input.encounter.account[0].reference } : {}),
    ...(input.organizationRef ? { billingProviderRef: input.organizationRef } : {}),
    ...(input.coverageRef ? { coverageRef: input.coverageRef } : {}),
    ...(input.location?.id ? { locationRef: `Location/${input.location.id}` } : {}),
    ...(input.encounter.period?.start ? { periodStart: input.encounter.period.start } : {}),
    ...(input.encounter.period?.end ? { periodEnd: input.encounter.period.end } : {}),
  };
}

function taxonomyOf(input: StartDraftInput): { renderingTaxonomy?: string } {
  const code = input.practitionerRef && input.taxonomy ? renderingTaxonomyOf(input.practitionerRef, input.taxonomy) : undefined;
  return code ? { renderingTaxonomy: code } : {};
}

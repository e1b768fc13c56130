/**
 * The coder's work in progress for one encounter: what the workspace edits, what is
 * saved in browser storage, and what the builders turn into ChargeItem/Claim/Provenance.
 * Plain data only (JSON-serialisable), no clock: times come in as values.
 */

import type { DraftEm } from "./draft/draft-em.ts";

export interface DraftDiagnosis {
  /** ICD-10-CM code with the dot, e.g. "E11.9". */
  code: string;
  display: string;
  /** The Condition it came from, when it came from one ("Condition/123"). */
  conditionRef?: string;
}

export interface DraftLine {
  /** Stable id of the line inside the draft (survives reordering). */
  id: string;
  /** CPT or HCPCS system URI (see coding/systems). */
  system: string;
  code: string;
  display?: string;
  /** Up to 4 two-character modifiers, in order. */
  modifiers: string[];
  units: number;
  /** 1-based pointers into ClaimDraft.diagnoses, up to 4, in order. */
  diagnosisPointers: number[];
  /** CMS place-of-service code, two digits ("11"). */
  placeOfService: string;
  /** Charge per unit in USD from the practice fee schedule (or typed). */
  unitCharge: number;
  /** The fee schedule's price per unit when the line was priced (0: none); a typed charge differs from it. */
  listPrice?: number;
  /** Service date, YYYY-MM-DD. */
  serviceDate: string;
  /** The Procedure it came from, when it came from one ("Procedure/123"). */
  procedureRef?: string;
}

export interface ClaimDraft {
  /** "Encounter/123" */
  encounterRef: string;
  /** "Patient/123" */
  patientRef: string;
  /** Increases on every change in this browser: a local counter, never part of an identity. */
  revision: number;
  /** The server's Claim this draft was started from or last saved as (for If-Match). */
  basedOn?: ClaimVersion;
  /** Primary first, at most 12 on a claim. */
  diagnoses: DraftDiagnosis[];
  lines: DraftLine[];
  /** "Practitioner/123": rendering provider. */
  renderingProviderRef?: string;
  /** The rendering provider's NUCC taxonomy code ("207Q00000X"): careTeam.qualification and PRV*PE. */
  renderingTaxonomy?: string;
  /** "Account/123": the encounter's account (Encounter.account), which its charges go to. */
  accountRef?: string;
  /** "Organization/123": billing provider. */
  billingProviderRef?: string;
  /** "Coverage/123": the active coverage chosen. */
  coverageRef?: string;
  /** "Organization/123": the payer of that coverage (Claim.insurer), so a store without the chart knows it. */
  insurerRef?: string;
  /** "Location/123" */
  locationRef?: string;
  /** Encounter period, YYYY-MM-DD or full dateTime, used for billablePeriod and date checks. */
  periodStart?: string;
  periodEnd?: string;
  /** Set when this draft corrects a submitted claim ("Claim/123"). */
  replacesClaimRef?: string;
  /** The coder's E/M choices (new/established, time or MDM, stay day, whose level): saved and shared with the draft. */
  em?: DraftEm;
}

/** One version of a Claim on the billing store. */
export interface ClaimVersion {
  /** "Claim/123" */
  claimRef: string;
  versionId: string;
  /** Generation of the logical claim (1 = original, 2 = first correction ...). */
  generation: number;
  status: "draft" | "active" | "cancelled" | "entered-in-error";
}

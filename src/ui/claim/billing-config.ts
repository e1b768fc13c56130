import type { FilingLimits } from "../../billing/worklist/filing-deadline.ts";
import type { X12Party } from "../../billing/x12/export-options.ts";
import { PAYER_KIND_NAMES, type PayerKindsConfig } from "../../billing/payer/payer-kind.ts";
import { telehealthModifiersProblems, type TelehealthModifiers } from "./telehealth-modifier.ts";

/** The practice's billing settings (public/billing-config.json): who sends files, to whom, where claims go. */
export interface BillingConfig {
  practiceName?: string;
  submitter: X12Party & { contactName?: string; contactPhone?: string };
  receiver: X12Party;
  /**
   * The practice's own billing FHIR server, for EMRs that accept no claims: one, or one per EMR
   * (picked by `issMatch` against the EHR's FHIR base). The app logs in to it separately (SMART
   * standalone launch with PKCE, as the public client `clientId`).
   */
  billingEndpoint?: BillingEndpoint | BillingEndpoint[];
  /** File name (next to the app) of the practice fee schedule. */
  feeSchedule?: string;
  /** A FHIR terminology server (ValueSet/$expand, CodeSystem/$lookup) whose codes merge into search. */
  terminologyServer?: string;
  /** How many days a draft saved in this browser is kept after its last change (default 7). */
  draftRetentionDays?: number;
  /**
   * NUCC provider taxonomy codes of the practice's rendering providers, by "Practitioner/id" or
   * NPI ({ "1234567893": "207Q00000X" }), for careTeam.qualification and the 837P's PRV*PE when
   * the EMR has no PractitionerRole.specialty for them.
   */
  providerTaxonomies?: Record<string, string>;
  /** Timely filing limits in days from the date of service: a default (365 when absent) and by payer id. */
  filingLimits?: FilingLimits;
  /**
   * The kind of each payer by its payer id ({ "SBXMCR": "medicare" }), used when a coverage's type
   * carries no Source of Payment Typology code: medicare, medicaid, government, commercial, self-pay, other.
   */
  payerKinds?: PayerKindsConfig;
  /**
   * The default fee of a code the practice fee schedule does not list: the CY2025 MPFS amount of
   * the practice's payment locality ("MAC-locality" from GPCI2025, e.g. "14212-01"; absent:
   * national) times `multiplier` (e.g. 1.5; default 1).
   */
  defaultFees?: { locality?: string; multiplier?: number };
  /** Modifier on telehealth E/M lines by payer: "95" (default) or "none" (place of service alone); audio-only visits take 93. */
  telehealthModifiers?: TelehealthModifiers;
  /** The practice lab's CLIA certificate number (e.g. 22D0999999), for REF*X4 on claims with a CLIA-waived test (QW). */
  cliaNumber?: string;
}

export interface BillingEndpoint {
  fhirBase: string;
  clientId: string;
  /** Regular expression matched against the EHR's FHIR base; absent: every EHR. */
  issMatch?: string;
}

/** What is wrong with `providerTaxonomies` ({ "1234567893": "207Q00000X" }). */
function providerTaxonomiesProblems(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["providerTaxonomies must map a Practitioner reference or NPI to a NUCC taxonomy code."];
  return Object.entries(value).flatMap(([who, code]) => (typeof code === "string" && /^[0-9A-Z]{9}X$/.test(code) ? [] : [`providerTaxonomies.${who} must be a NUCC taxonomy code (10 characters ending in X, e.g. 207Q00000X).`]));
}

function isBillingEndpoint(value: unknown): value is BillingEndpoint {
  const v = value as Record<string, unknown> | null;
  return Boolean(v && typeof v === "object" && typeof v["fhirBase"] === "string" && /^https?:\/\//.test(v["fhirBase"]) && typeof v["clientId"] === "string" && v["clientId"] !== "" && (v["issMatch"] === undefined || typeof v["issMatch"] === "string"));
}

/** The billing server configured for this EHR (by `issMatch`), if any. */
export function billingEndpointFor(config: BillingConfig | undefined, ehrBase: string): BillingEndpoint | undefined {
  const all = config?.billingEndpoint === undefined ? [] : Array.isArray(config.billingEndpoint) ? config.billingEndpoint : [config.billingEndpoint];
  return all.find((e) => {
    if (!e.issMatch) return true;
    try {
      return new RegExp(e.issMatch).test(ehrBase);
    } catch {
      return false;
    }
  });
}

export const DEFAULT_DRAFT_RETENTION_DAYS = 7;
export const MAX_DRAFT_RETENTION_DAYS = 365;

/** The days a local draft is kept: the practice's setting, or the default. */
export function draftRetentionDaysOf(config: BillingConfig | undefined): number {
  return config?.draftRetentionDays ?? DEFAULT_DRAFT_RETENTION_DAYS;
}

function isRetentionDays(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_DRAFT_RETENTION_DAYS;
}

const isFilingDays = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 3650;

/** What is wrong with `filingLimits` ({ "default": 365, "byPayerId": { "SBXMCR": 365 } }). */
function filingLimitsProblems(value: unknown): string[] {
  if (value === undefined) return [];
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== "object" || Array.isArray(v)) return ["filingLimits must be an object with default and byPayerId."];
  const problems: string[] = [];
  if (v["default"] !== undefined && !isFilingDays(v["default"])) problems.push("filingLimits.default must be a whole number of days from 1 to 3650.");
  const byPayer = v["byPayerId"];
  if (byPayer !== undefined && (typeof byPayer !== "object" || byPayer === null || Array.isArray(byPayer))) problems.push("filingLimits.byPayerId must map payer ids to days.");
  else for (const [payerId, days] of Object.entries(byPayer ?? {})) if (!isFilingDays(days)) problems.push(`filingLimits.byPayerId.${payerId} must be a whole number of days from 1 to 3650.`);
  return problems;
}

/** What is wrong with `payerKinds` ({ "SBXMCR": "medicare" }). */
function payerKindsProblems(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["payerKinds must map payer ids to a payer kind."];
  return Object.entries(value).flatMap(([payerId, kind]) =>
    PAYER_KIND_NAMES.includes(kind as never) ? [] : [`payerKinds.${payerId} must be one of ${PAYER_KIND_NAMES.join(", ")}.`]);
}

/** What is wrong with `defaultFees` ({ "locality": "14212-01", "multiplier": 1.5 }). */
function defaultFeesProblems(value: unknown): string[] {
  if (value === undefined) return [];
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== "object" || Array.isArray(v)) return ["defaultFees must be an object with locality and multiplier."];
  const problems: string[] = [];
  if (v["locality"] !== undefined && !(typeof v["locality"] === "string" && /^\d{5}-\d{2}$/.test(v["locality"]))) problems.push("defaultFees.locality must be a Medicare payment locality as MAC-locality, e.g. \"14212-01\".");
  const m = v["multiplier"];
  if (m !== undefined && !(typeof m === "number" && Number.isFinite(m) && m > 0 && m <= 20)) problems.push("defaultFees.multiplier must be a number above 0 and at most 20.");
  return problems;
}

function isParty(value: unknown): value is X12Party {
  const v = value as X12Party | null;
  return Boolean(v && typeof v.name === "string" && typeof v.id === "string");
}

/** The config, or the list of what is wrong with it (never throws). */
export function parseBillingConfig(value: unknown): { config: BillingConfig } | { problems: string[] } {
  const v = (value ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (!isParty(v["submitter"])) problems.push("submitter needs a name and an id (the ids your clearinghouse assigned).");
  if (!isParty(v["receiver"])) problems.push("receiver needs a name and an id.");
  problems.push(...providerTaxonomiesProblems(v["providerTaxonomies"]));
  const endpoints = v["billingEndpoint"] === undefined ? [] : Array.isArray(v["billingEndpoint"]) ? v["billingEndpoint"] : [v["billingEndpoint"]];
  if (!endpoints.every(isBillingEndpoint)) problems.push("billingEndpoint must be { \"fhirBase\": \"https://…\", \"clientId\": \"…\" } (optionally \"issMatch\"), or a list of them.");
  if (v["terminologyServer"] !== undefined && typeof v["terminologyServer"] !== "string") problems.push("terminologyServer must be a URL string.");
  if (v["draftRetentionDays"] !== undefined && !isRetentionDays(v["draftRetentionDays"])) problems.push(`draftRetentionDays must be a whole number of days from 1 to ${MAX_DRAFT_RETENTION_DAYS}.`);
  problems.push(...filingLimitsProblems(v["filingLimits"]));
  problems.push(...payerKindsProblems(v["payerKinds"]));
  problems.push(...defaultFeesProblems(v["defaultFees"]));
  problems.push(...telehealthModifiersProblems(v["telehealthModifiers"]));
  if (v["cliaNumber"] !== undefined && !(typeof v["cliaNumber"] === "string" && /^\d{2}D\d{7}$/.test(v["cliaNumber"]))) problems.push("cliaNumber must be a CLIA certificate number: 2 digits, D and 7 digits (e.g. 22D0999999).");
  if (problems.length) return { problems };
  return { config: v as unknown as BillingConfig };
}

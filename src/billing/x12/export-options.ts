import { checkIdentifierText, cleanText } from "./x12-text.ts";
import { toX12Date, toX12Time } from "./x12-date.ts";

export interface X12Party {
  name: string;
  /** ISA06/ISA08, GS02/GS03 and NM109 of 1000A/1000B: the ids the clearinghouse assigned. */
  id: string;
}

export interface X12ExportOptions {
  submitter: X12Party & { contactName?: string; contactPhone?: string };
  receiver: X12Party;
  /** Interchange control number, 1..999999999; also the group and transaction control number. */
  controlNumber: number | string;
  /** When the file is made (ISO dateTime); its literal date and time are written. */
  createdAt: string;
  /** ISA15: P production (default) or T test. */
  usage?: "T" | "P";
  /** REF*X4: the lab's CLIA certificate number, for claims with a CLIA-waived test (QW). */
  cliaNumber?: string | undefined;
}

/** The options checked and shaped for the envelope and the 1000A/1000B loops. */
export interface EnvelopeValues {
  submitter: { name: string; id: string; contactName?: string; phone: string };
  receiver: { name: string; id: string };
  control: number;
  date: string;
  time: string;
  usage: "T" | "P";
}

function partyId(value: string, what: string): string {
  const id = checkIdentifierText(value);
  if (!id || id.length < 2 || id.length > 15) {
    throw new RangeError(`${what} must be 2 to 15 characters without * ~ : ^ (it fills ISA06/ISA08).`);
  }
  return id;
}

function partyName(value: string, what: string): string {
  const name = cleanText(value, 60).value;
  if (!name) throw new RangeError(`${what} is empty.`);
  return name;
}

function controlNumber(value: number | string): number {
  const control = typeof value === "number" ? value : /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(control) || control < 1 || control > 999_999_999) {
    throw new RangeError(`controlNumber must be a whole number from 1 to 999999999, not ${String(value)}.`);
  }
  return control;
}

function phone(value: string | undefined): string {
  const digits = (value ?? "").replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  if (digits.length !== 10) throw new RangeError("submitter.contactPhone must be a 10-digit US phone number (1000A PER needs it).");
  return digits;
}

/** Checks the options; a wrong option is a configuration error (RangeError), not a data finding. */
export function readEnvelopeValues(options: X12ExportOptions): EnvelopeValues {
  const date = toX12Date(options.createdAt);
  const time = toX12Time(options.createdAt);
  if (!date || !time) throw new RangeError(`createdAt must be an ISO dateTime, not ${options.createdAt}.`);
  const { submitter, receiver } = options;
  const contactName = submitter.contactName ? cleanText(submitter.contactName, 60).value || undefined : undefined;
  return {
    submitter: { name: partyName(submitter.name, "submitter.name"), id: partyId(submitter.id, "submitter.id"), contactName, phone: phone(submitter.contactPhone) },
    receiver: { name: partyName(receiver.name, "receiver.name"), id: partyId(receiver.id, "receiver.id") },
    control: controlNumber(options.controlNumber),
    date,
    time,
    usage: options.usage ?? "P",
  };
}

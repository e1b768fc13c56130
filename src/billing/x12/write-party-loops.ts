import type { Claim837, X12Name, X12Patient } from "./claim-837-model.ts";
import type { EnvelopeValues } from "./export-options.ts";
import { segment, type X12Segment } from "./segment.ts";
import { n3n4, nm1 } from "./write-name-address.ts";

/** BHT, 1000A submitter (NM1*41 + PER), 1000B receiver (NM1*40). */
export function writeHeaderLoops(values: EnvelopeValues, reference: string): X12Segment[] {
  const { submitter, receiver } = values;
  return [
    segment("BHT", "0019", "00", reference, values.date, values.time, "CH"),
    nm1("41", { kind: "organization", name: submitter.name }, "46", submitter.id),
    segment("PER", "IC", submitter.contactName ?? submitter.name, "TE", submitter.phone),
    nm1("40", { kind: "organization", name: receiver.name }, "46", receiver.id),
  ];
}

/** 2000A billing provider hierarchical level and 2010AA billing provider (NPI, address, EIN). */
export function writeBillingProviderLoops(data: Claim837): X12Segment[] {
  const provider = data.billingProvider;
  return [
    segment("HL", "1", "", "20", "1"),
    nm1("85", provider.name, "XX", provider.npi),
    ...n3n4(provider.address),
    segment("REF", "EI", provider.taxId),
  ];
}

/** 2000B subscriber level, 2010BA subscriber (DMG when the subscriber is the patient), 2010BB payer. */
export function writeSubscriberLoops(data: Claim837): X12Segment[] {
  const { subscriber, payer } = data;
  const { role } = subscriber;
  return [
    segment("HL", "2", "1", "22", role.kind === "patient" ? "0" : "1"),
    segment("SBR", subscriber.responsibility, role.kind === "patient" ? "18" : "", subscriber.groupNumber ?? "", "", "", "", "", "", subscriber.filingIndicator),
    nm1("IL", subscriber.name, "MI", subscriber.memberId),
    ...(subscriber.address ? n3n4(subscriber.address) : []),
    ...(role.kind === "patient" ? [segment("DMG", "D8", role.birthDate, role.sex)] : []),
    nm1("PR", { kind: "organization", name: payer.name }, "PI", payer.payerId),
    ...(role.kind === "other" ? writePatientLoops(role.patient) : []),
  ];
}

/** 2000C patient level (PAT) and 2010CA patient name, address and DMG: the patient is not the subscriber. */
function writePatientLoops(patient: X12Patient): X12Segment[] {
  return [
    segment("HL", "3", "2", "23", "0"),
    segment("PAT", patient.relationship),
    nm1QC(patient.name),
    ...n3n4(patient.address),
    segment("DMG", "D8", patient.birthDate, patient.sex),
  ];
}

/** NM1*QC carries no id in 5010 (the patient is found under the subscriber's member id). */
function nm1QC(name: X12Name): X12Segment {
  if (name.kind === "organization") return segment("NM1", "QC", "2", name.name);
  return segment("NM1", "QC", "1", name.last, name.first ?? "", name.middle ?? "", "", name.suffix ?? "");
}

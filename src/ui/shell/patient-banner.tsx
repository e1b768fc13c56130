import type { Coverage, Patient } from "fhir/r4";
import { formatAge, formatHumanName } from "../format/format-fhir.ts";

const MRN = /MR|mrn|medical record/i;

export function PatientBanner({ patient, coverage, today }: { patient: Patient; coverage?: Coverage; today: string }) {
  const mrn = patient.identifier?.find((i) => MRN.test(i.type?.coding?.[0]?.code ?? "") || MRN.test(i.type?.text ?? ""))?.value;
  return (
    <section className="patient-banner" aria-label="Patient">
      <h1 className="patient-name">{formatHumanName(patient.name)}</h1>
      <dl className="facts">
        <div><dt>Born</dt><dd>{patient.birthDate ?? "unknown"} ({formatAge(patient.birthDate, today)})</dd></div>
        <div><dt>Sex</dt><dd>{patient.gender ?? "unknown"}</dd></div>
        {mrn && <div><dt>MRN</dt><dd>{mrn}</dd></div>}
        <div><dt>Coverage</dt><dd>{coverage ? coverage.payor?.[0]?.display || coverage.type?.text || "on file" : "none on file"}</dd></div>
      </dl>
    </section>
  );
}

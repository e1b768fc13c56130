import type { Claim, OperationOutcome } from "fhir/r4";
import { useState } from "react";
import { build837P } from "../../billing/x12/claim-to-837p.ts";
import { X12DataError } from "../../billing/x12/x12-data-error.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import type { BillingConfig } from "./billing-config.ts";
import { claimExportBundle, downloadText } from "./export-files.ts";

const X12_NOTE = "Upload this 837P file to your clearinghouse (the receiver named in billing-config.json); it is one claim in an ASC X12 005010X222A1 interchange.";

/** The claim's files: the X12 837P a clearinghouse takes, and the FHIR Bundle. Available on every EHR. */
export function ClaimFileMenu({ claim, context, config, now }: { claim: Claim; context: EncounterContext; config: BillingConfig; now(): string }) {
  const [problem, setProblem] = useState<OperationOutcome>();
  const [note, setNote] = useState<string>();
  const base = `claim-${claim.identifier?.[0]?.value ?? claim.id ?? "draft"}`;
  const export837 = () => {
    setProblem(undefined);
    try {
      const controlNumber = Number(now().replace(/\D/g, "").slice(-9)) || 1;
      const result = build837P(claimExportBundle(claim, context), { submitter: config.submitter, receiver: config.receiver, controlNumber, createdAt: now(), cliaNumber: config.cliaNumber });
      downloadText(`${base}.837p.x12`, result.x12, "application/edi-x12");
      setNote(X12_NOTE);
      if (result.outcome.issue.some((i) => i.severity !== "information" || i.details?.coding?.length)) setProblem(result.outcome);
    } catch (error) {
      if (error instanceof X12DataError) setProblem(error.outcome);
      else setProblem({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "processing", diagnostics: error instanceof Error ? error.message : String(error) }] });
    }
  };
  const exportFhir = () => {
    downloadText(`${base}.fhir.json`, JSON.stringify(claimExportBundle(claim, context), null, 2), "application/fhir+json");
    setNote("The FHIR Bundle holds the Claim and what it references; a FHIR billing server or a clearinghouse that takes FHIR accepts it.");
  };
  return (
    <span className="file-menu">
      <button type="button" className="secondary" data-shortcut="download" onClick={export837}>Download 837P</button>
      <button type="button" className="secondary" onClick={exportFhir}>Download FHIR Bundle</button>
      {note && <span role="status" className="muted small">{note}</span>}
      {problem && <OperationOutcomeAlert title="The 837P file says:" outcome={problem} />}
    </span>
  );
}

import type { Claim, ClaimResponse, PaymentReconciliation } from "fhir/r4";
import { importClearinghouseFiles, readSubmitted837, type ClaimCandidate, type ClearinghouseFile, type ClearinghouseImport } from "../../billing/clearinghouse/index.ts";
import { CLAIM_ENCOUNTER_SYSTEM } from "../../billing/state/billing-identifiers.ts";
import { supportsInteraction } from "../capabilities.ts";
import type { FhirGateway } from "../fhir-gateway.ts";

/** The tag that makes posting the same answer twice create nothing twice. */
export const CLEARINGHOUSE_ANSWER_SYSTEM = "https://smart-coding-billing.example/clearinghouse-answer";

export interface PostedFiles {
  imported: ClearinghouseImport;
  /** How many answers were written now; answers already on the store are not written again. */
  written: number;
  alreadyThere: number;
  /** Payments the store cannot keep (no PaymentReconciliation create): shown, not posted. */
  paymentsNotKept: number;
}

const is837 = (file: ClearinghouseFile) => /~\s*ST\*837\*/.test(file.text) || /^ST\*837\*/m.test(file.text);

/**
 * Clearinghouse files in: the app's Claims on the store are the candidates; every matched answer
 * becomes a ClaimResponse (and every 835 a PaymentReconciliation) on the store, each a conditional
 * create on the answer's envelope, so dropping a file twice posts nothing twice. Unmatched answers
 * are returned, never dropped. 837P files dropped with them say which claims a 999 answers.
 */
export async function postClearinghouseFiles(gateway: FhirGateway, files: readonly ClearinghouseFile[], now: string): Promise<PostedFiles> {
  const claims = (await gateway.searchAll<Claim>("Claim", { _count: 1000 })).filter((c) => (c.identifier ?? []).some((i) => i.system === CLAIM_ENCOUNTER_SYSTEM));
  const candidates: ClaimCandidate[] = claims.map((claim) => ({ claim }));
  const submitted = files.filter(is837).flatMap((f) => readSubmitted837(f.text, f.name));
  const imported = importClearinghouseFiles({ files: files.filter((f) => !is837(f)), candidates, submitted, now });
  let written = 0;
  let alreadyThere = 0;
  const post = async (resource: ClaimResponse | PaymentReconciliation, key: string) => {
    const tagged = { ...resource, meta: { ...resource.meta, tag: [...(resource.meta?.tag ?? []), { system: CLEARINGHOUSE_ANSWER_SYSTEM, code: key }] } };
    const response = await gateway.send<typeof tagged>({ method: "POST", url: resource.resourceType, headers: { "Content-Type": "application/fhir+json", "If-None-Exist": `_tag=${encodeURIComponent(`${CLEARINGHOUSE_ANSWER_SYSTEM}|${key}`)}` }, body: tagged });
    if (response.status === 201) written += 1;
    else alreadyThere += 1;
  };
  for (const answer of imported.answers) {
    if (answer.match.kind !== "matched") continue;
    const e = answer.envelope;
    await post(answer.claimResponse, `${answer.kind}:${e.sender}:${e.interchangeControlNumber}:${e.transactionControlNumber}:${answer.claimControlNumber}`.replace(/[|\s]/g, "_"));
  }
  const cs = await gateway.capabilities();
  const keepsPayments = supportsInteraction(cs, "PaymentReconciliation", "create");
  for (const payment of keepsPayments ? imported.payments : []) {
    const r = payment.reconciliation;
    await post(r, `PaymentReconciliation:${r.identifier?.[0]?.value ?? r.created}:${payment.posting.fileName}`.replace(/[|\s]/g, "_"));
  }
  return { imported, written, alreadyThere, paymentsNotKept: keepsPayments ? 0 : imported.payments.length };
}

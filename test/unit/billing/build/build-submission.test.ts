import { describe, expect, it } from "vitest";
import {
  buildSubmission,
  buildSubmissionBundle,
  checkReadyDraft,
  deterministicUuid,
  SUBMISSION_ID_SYSTEM,
  type ReadyDraft,
} from "../../../../src/billing/build/index.ts";
import { fixtureDraft } from "./fixture-draft.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

function ready(revision: number): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft("office-visit-diabetes.fhir.json", revision));
  if (!check.ok) throw new Error("not ready");
  return check.draft;
}

describe("buildSubmission", () => {
  const submission = buildSubmission(ready(3), context);
  const entries = [...submission.chargeItems, submission.claim, submission.provenance];

  it("gives every resource a distinct urn:uuid fullUrl", () => {
    const urls = entries.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is the same on a retry of the same revision, and new for a new revision", () => {
    const again = buildSubmission(ready(3), { ...context, now: "2026-11-26T18:05:00Z" });
    expect(again.claim.fullUrl).toBe(submission.claim.fullUrl);
    expect(again.claim.ifNoneExist).toBe(submission.claim.ifNoneExist);
    const next = buildSubmission(ready(4), context);
    expect(next.claim.fullUrl).not.toBe(submission.claim.fullUrl);
    expect(next.claim.resource.identifier?.[0]?.value).toBe("dm-enc-r4");
  });

  it("conditions each create on the identifier the resource carries", () => {
    for (const entry of [...submission.chargeItems, submission.claim]) {
      const id = entry.resource.identifier?.[0];
      expect(decodeURIComponent(entry.ifNoneExist)).toBe(`identifier=${id?.system}|${id?.value}`);
    }
    const tag = submission.provenance.resource.meta?.tag?.[0];
    expect(tag?.system).toBe(SUBMISSION_ID_SYSTEM);
    expect(decodeURIComponent(submission.provenance.ifNoneExist)).toBe(`_tag=${tag?.system}|${tag?.code}`);
  });

  it("has the Provenance target the Claim and every ChargeItem by fullUrl, as a CREATE by the fhirUser", () => {
    const targets = submission.provenance.resource.target.map((t) => t.reference);
    expect(targets).toEqual([submission.claim.fullUrl, ...submission.chargeItems.map((c) => c.fullUrl)]);
    expect(submission.provenance.resource.agent[0]?.who?.reference).toBe("Practitioner/coder-1");
    expect(submission.provenance.resource.activity?.coding?.[0]?.code).toBe("CREATE");
    expect(submission.provenance.resource.recorded).toBe(context.now);
  });
});

describe("buildSubmissionBundle", () => {
  it("is a transaction of conditional POSTs: charges, then claim, then provenance", () => {
    const submission = buildSubmission(ready(1), context);
    const bundle = buildSubmissionBundle(submission);
    expect(bundle.type).toBe("transaction");
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(["ChargeItem", "ChargeItem", "ChargeItem", "Claim", "Provenance"]);
    for (const entry of bundle.entry ?? []) {
      expect(entry.request?.method).toBe("POST");
      expect(entry.request?.url).toBe(entry.resource?.resourceType);
      expect(entry.request?.ifNoneExist).toBeTruthy();
    }
  });
});

describe("deterministicUuid", () => {
  it("is stable, well-formed, and spreads similar inputs apart", () => {
    const inputs = Array.from({ length: 2000 }, (_, i) => `enc-${i}-r1`);
    const uuids = inputs.map(deterministicUuid);
    expect(new Set(uuids).size).toBe(inputs.length);
    expect(deterministicUuid("enc-1-r1")).toBe(uuids[1]);
  });
});

import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Bundle, ChargeItem, Claim } from "fhir/r4";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildClaim, type ReadyDraft } from "../../../src/billing/build/index.ts";
import { CLAIM_GENERATION_SYSTEM, claimGenerationValue } from "../../../src/billing/state/billing-identifiers.ts";
import { readBillingState, type BillingState } from "../../../src/billing/state/index.ts";
import type { WritePath } from "../../../src/billing/write-path/choose-write-path.ts";
import type { StoreActionResult } from "../../../src/fhir/billing-store/run-store-action.ts";
import { emptyContext } from "../../../src/fhir/context/encounter-context.ts";
import { SubmitStep } from "../../../src/ui/claim/submit-step.tsx";
import { exportKey } from "../../../src/ui/claim/submission-storage.ts";
import type { BillingStore, SubmitReport } from "../../../src/ui/claim/use-billing-store.ts";
import { CONTEXT, readyFixture, storedCharges, storedClaim } from "../billing/state/store-fixtures.ts";
import { fakeSession, renderWithProviders } from "./render-with-providers.tsx";

/**
 * SubmitStep decides between a new claim and a correction on every path (store, Oracle, export):
 * the button says which, and the claim files are the generation the payer will get.
 */
const draft = readyFixture();
const changed: ReadyDraft = { ...draft, lines: draft.lines.map((line, i) => (i === 0 ? { ...line, units: line.units + 1 } : line)) };
const config = { submitter: { name: "Practice", id: "PRACTICE" }, receiver: { name: "Clearinghouse", id: "CH" } };
const explained = { explanation: "Why this path.", writes: ["What is written."], serverName: "EHR" };
const paths: Record<string, WritePath> = {
  transaction: { kind: "transaction", ...explained },
  oracle: { kind: "oracle-operations", ...explained },
  export: { kind: "export", ...explained },
};

function fakeStore(state: BillingState | undefined, run: BillingStore["run"] = vi.fn(async () => undefined), withTarget = true): BillingStore {
  let report: SubmitReport = {};
  return {
    ...(withTarget && state ? { target: { gateway: {} as never, mode: "transaction" as const } } : {}),
    ...(state ? { state } : {}),
    refresh: async () => undefined,
    keepMine: () => {},
    takeTheirs: () => {},
    saving: "idle",
    run,
    get report() { return report; },
    setReport: (next) => { report = next; },
  };
}

/** `fhirUser` null: a launch whose token response named no user. */
function renderStep(what: ReadyDraft, path: WritePath, store: BillingStore, fhirUser: string | null = "Practitioner/coder-1", onSubmitted = vi.fn()) {
  const review = { kind: "checked" as const, claim: buildClaim(what, CONTEXT), ready: what, issues: [], editions: { ptp: "PTP", mue: "MUE" } };
  const session = fakeSession(fhirUser ? { fhirUser } : {});
  if (!fhirUser) delete session.fhirUser;
  return renderWithProviders(<SubmitStep review={review} blocked={undefined} draft={what} context={emptyContext()} config={config} path={path} store={store} now={() => CONTEXT.now} onSubmitted={onSubmitted} />, session);
}

/** The files the browser was handed, by name. */
let downloads: Map<string, Blob>;
beforeEach(() => {
  downloads = new Map();
  let next: Blob | undefined;
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: (blob: Blob) => ((next = blob), "blob:test"), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) { if (next) downloads.set(this.download, next); });
  window.localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

async function downloadedClaim(): Promise<Claim> {
  const blob = [...downloads.values()].at(-1);
  const bundle = JSON.parse((await blob?.text()) ?? "{}") as Bundle;
  return bundle.entry?.find((e) => e.resource?.resourceType === "Claim")?.resource as Claim;
}
const generationOf = (claim: Claim) => claim.identifier?.find((i) => i.system === CLAIM_GENERATION_SYSTEM)?.value;
const button = (name: string | RegExp) => screen.getByRole("button", { name });

describe("SubmitStep on a store", () => {
  it("nothing on the store: 'Submit claim', and a click submits and reports it done", async () => {
    const run = vi.fn(async (): Promise<StoreActionResult> => ({ kind: "done", outcome: { kind: "done", written: [] }, state: readBillingState([], draft.encounterRef) }));
    const onSubmitted = vi.fn();
    renderStep(draft, paths["transaction"]!, fakeStore(readBillingState([], draft.encounterRef), run), "Practitioner/coder-1", onSubmitted);
    await userEvent.click(button("Submit claim"));
    expect(run).toHaveBeenCalledWith({ kind: "submit" });
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
  });

  it("a submitted claim that says what the draft says: no button to press, and says so", () => {
    const state = readBillingState([storedClaim(draft, "c1", "2", "active")], draft.encounterRef);
    renderStep(draft, paths["transaction"]!, fakeStore(state));
    expect(screen.getByRole("status").textContent).toContain("This claim was submitted (Claim/c1)");
    expect((button("Submit corrected claim") as HTMLButtonElement).disabled).toBe(true);
  });

  it("a submitted claim and a changed draft: 'Submit corrected claim', and the files are the replacement (generation 2)", async () => {
    const state = readBillingState([storedClaim(draft, "c1", "2", "active")], draft.encounterRef);
    renderStep(changed, paths["transaction"]!, fakeStore(state));
    expect((button("Submit corrected claim") as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(button("Download FHIR Bundle"));
    expect(generationOf(await downloadedClaim())).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 2));
  });

  it("a conflict found on submit is said, and nothing is reported submitted", async () => {
    const state = readBillingState([], draft.encounterRef);
    const run = vi.fn(async (): Promise<StoreActionResult> => ({ kind: "conflict", conflict: { theirs: draft, claim: { ref: "Claim/c1", versionId: "3", generation: 1, resource: storedClaim(draft, "c1", "3", "draft") } as never, state } }));
    const onSubmitted = vi.fn();
    renderStep(draft, paths["transaction"]!, fakeStore(state, run), "Practitioner/coder-1", onSubmitted);
    await userEvent.click(button("Submit claim"));
    await waitFor(() => expect(run).toHaveBeenCalledOnce());
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});

describe("SubmitStep on Oracle Health (charges only)", () => {
  it("no charges yet: 'Submit claim', files are the original", async () => {
    renderStep(draft, paths["oracle"]!, fakeStore(readBillingState([], draft.encounterRef), undefined, false));
    expect(button("Submit claim")).toBeTruthy();
    await userEvent.click(button("Download FHIR Bundle"));
    const claim = await downloadedClaim();
    expect([generationOf(claim), claim.related]).toEqual([claimGenerationValue(draft.encounterRef, draft.coverageRef, 1), undefined]);
  });

  it("charges already billed: 'Submit corrected claim'; an unchanged claim's files are that generation again, a changed one's the next", async () => {
    const billed = readBillingState(storedCharges(draft, 1) as ChargeItem[], draft.encounterRef);
    expect(billed.charges.length).toBeGreaterThan(0);
    const { unmount } = renderStep(draft, paths["oracle"]!, fakeStore(billed, undefined, false));
    expect(button("Submit corrected claim")).toBeTruthy();
    await userEvent.click(button("Download FHIR Bundle"));
    expect(generationOf(await downloadedClaim())).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 1));
    unmount();
    renderStep(changed, paths["oracle"]!, fakeStore(billed, undefined, false));
    await userEvent.click(button("Download FHIR Bundle"));
    expect(generationOf(await downloadedClaim())).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 2));
  });
});

describe("SubmitStep on the export path", () => {
  it("the first download is the original; the same claim again is the same generation; a changed claim replaces it", async () => {
    const first = renderStep(draft, paths["export"]!, fakeStore(undefined));
    await userEvent.click(button("Download claim files"));
    expect(generationOf(await downloadedClaim())).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 1));
    expect(JSON.parse(window.localStorage.getItem(exportKey(fakeSession().serverUrl, draft.encounterRef)) ?? "{}")).toMatchObject({ generation: 1, state: "exported" });
    first.unmount();

    const again = renderStep(draft, paths["export"]!, fakeStore(undefined));
    await userEvent.click(button("Download claim files"));
    expect(generationOf(await downloadedClaim())).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 1));
    again.unmount();

    renderStep(changed, paths["export"]!, fakeStore(undefined));
    await userEvent.click(button("Download claim files"));
    const replacement = await downloadedClaim();
    expect(generationOf(replacement)).toBe(claimGenerationValue(draft.encounterRef, draft.coverageRef, 2));
    expect(replacement.related?.length).toBe(1);
  });
});

describe("SubmitStep without the user (no fhirUser in the launch)", () => {
  it.each(["transaction", "oracle", "export"])("on the %s path nothing is written or downloaded, and it says why", async (path) => {
    const run = vi.fn(async () => undefined);
    renderStep(draft, paths[path]!, fakeStore(readBillingState([], draft.encounterRef), run), null);
    expect(screen.getByText(/no fhirUser in this launch/)).toBeTruthy();
    const submit = screen.getByRole("button", { name: /Submit claim|Download claim files/ }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    // The claim's files would name nobody as enterer: they are not offered either.
    expect(screen.queryByRole("button", { name: "Download 837P" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Download FHIR Bundle" })).toBeNull();
    expect(run).not.toHaveBeenCalled();
    expect(downloads.size).toBe(0);
  });

  it("with the user, the claim's files are offered and their Claim names that user as enterer", async () => {
    renderStep(draft, paths["transaction"]!, fakeStore(readBillingState([], draft.encounterRef)), "Practitioner/launch-user-7");
    await userEvent.click(button("Download FHIR Bundle"));
    expect((await downloadedClaim()).enterer).toEqual({ reference: "Practitioner/launch-user-7" });
  });
});

/**
 * Pins the hand-off plan whole: the note text as stored, the Task created once (identifier, code,
 * focus, patient, encounter, requester, note) or updated in place by version (its id, first
 * authoredOn and earlier notes kept), and the Provenance with its action tag and conditional create.
 */
import type { Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildProvenance, deterministicUrnUuid } from "../../../../src/billing/build/index.ts";
import {
  BILLING_ACTION_SYSTEM,
  contentHash,
  HANDOFF_SYSTEM,
  handoffNoteText,
  planHandoff,
  READY_FOR_CODING,
  readBillingState,
  type BillingState,
} from "../../../../src/billing/state/index.ts";
import { CONTEXT, handoffTask, readyFixture, storedClaim } from "./store-fixtures.ts";

const USER = "Practitioner/coder-1";

function provenanceWrite(draft: ReturnType<typeof readyFixture>, focus: string) {
  const encounterId = draft.encounterRef.split("/")[1]!;
  const code = `${encounterId}:handoff:${contentHash(`${CONTEXT.now}${USER}`)}`;
  const provenance = { ...buildProvenance(draft, { targets: [focus], activity: "UPDATE" }, CONTEXT), meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code }] } };
  return { kind: "create", label: "Provenance", fullUrl: deterministicUrnUuid(code), resource: provenance, ifNoneExist: `_tag=${encodeURIComponent(`${BILLING_ACTION_SYSTEM}|${code}`)}` };
}

describe("handoffNoteText", () => {
  it("the typed text without surrounding blanks; blanks alone become the default note", () => {
    expect(handoffNoteText("  Please check the E/M \n")).toBe("Please check the E/M");
    expect(handoffNoteText(" \t ")).toBe("Ready for coding");
  });
});

describe("planHandoff", () => {
  it("the first hand-off creates the Task (conditional on its identifier) and a Provenance, whole", () => {
    const draft = readyFixture();
    const encounterId = draft.encounterRef.split("/")[1]!;
    const state = readBillingState([storedClaim(draft, "c1", "5", "draft")], draft.encounterRef);
    const entry = { text: "Please check the E/M", time: CONTEXT.now, authorReference: { reference: USER } };
    const task: Task = {
      resourceType: "Task",
      identifier: [{ system: HANDOFF_SYSTEM, value: encounterId }],
      status: "requested",
      intent: "order",
      code: { coding: [READY_FOR_CODING], text: "Ready for coding" },
      description: "Please check the E/M",
      focus: { reference: "Claim/c1" },
      for: { reference: draft.patientRef },
      encounter: { reference: draft.encounterRef },
      authoredOn: CONTEXT.now,
      lastModified: CONTEXT.now,
      requester: { reference: USER },
      note: [entry],
    };
    expect(planHandoff(draft, state, " Please check the E/M ", CONTEXT)).toStrictEqual({
      kind: "writes",
      generation: 1,
      writes: [
        { kind: "create", label: "Hand to coding", fullUrl: deterministicUrnUuid(`${HANDOFF_SYSTEM}|${encounterId}`), resource: task, ifNoneExist: `identifier=${encodeURIComponent(`${HANDOFF_SYSTEM}|${encounterId}`)}` },
        provenanceWrite(draft, "Claim/c1"),
      ],
    });
  });

  it("an existing Task is updated in place by version: notes appended, the first authoredOn kept (now when it had none)", () => {
    const draft = readyFixture();
    const encounterId = draft.encounterRef.split("/")[1]!;
    const old = handoffTask(draft, "Claim/c1", "completed");
    const state = readBillingState([storedClaim(draft, "c1", "5", "draft"), old], draft.encounterRef);
    const entry = { text: "Ready for coding", time: CONTEXT.now, authorReference: { reference: USER } };
    const plan = planHandoff(draft, state, "", CONTEXT);
    expect(plan).toStrictEqual({
      kind: "writes",
      generation: 1,
      writes: [
        {
          kind: "update",
          label: "Hand to coding",
          ifMatch: "4",
          gate: true,
          resource: {
            resourceType: "Task",
            id: "task-1",
            meta: { versionId: "4" },
            identifier: [{ system: HANDOFF_SYSTEM, value: encounterId }],
            status: "requested",
            intent: "order",
            code: { coding: [READY_FOR_CODING], text: "Ready for coding" },
            description: "Ready for coding",
            focus: { reference: "Claim/c1" },
            for: { reference: draft.patientRef },
            encounter: { reference: draft.encounterRef },
            authoredOn: CONTEXT.now,
            lastModified: CONTEXT.now,
            requester: { reference: USER },
            note: [...old.note!, entry],
          },
        },
        provenanceWrite(draft, "Claim/c1"),
      ],
    });
  });

  it("a Task without notes starts its list; its authoredOn stays; a reference without an id part gives an empty id", () => {
    const draft = readyFixture();
    const base = readBillingState([storedClaim(draft, "c1", "5", "draft")], draft.encounterRef);
    const resource: Task = { resourceType: "Task", id: "task-9", status: "requested", intent: "order", authoredOn: "2026-11-20T08:00:00Z" };
    const state: BillingState = { ...base, handoff: { resource, ref: "task-9", versionId: "7" } };
    const plan = planHandoff(draft, state, "Second look", CONTEXT);
    const first = plan.kind === "writes" ? plan.writes[0] : undefined;
    expect(first?.resource).toStrictEqual({
      ...resource,
      resourceType: "Task",
      identifier: [{ system: HANDOFF_SYSTEM, value: draft.encounterRef.split("/")[1]! }],
      status: "requested",
      intent: "order",
      code: { coding: [READY_FOR_CODING], text: "Ready for coding" },
      description: "Second look",
      focus: { reference: "Claim/c1" },
      for: { reference: draft.patientRef },
      encounter: { reference: draft.encounterRef },
      lastModified: CONTEXT.now,
      requester: { reference: USER },
      id: "",
      authoredOn: "2026-11-20T08:00:00Z",
      note: [{ text: "Second look", time: CONTEXT.now, authorReference: { reference: USER } }],
    });
  });

  it("without a stored claim the hand-off waits for the claim to be saved first", () => {
    const draft = readyFixture();
    expect(planHandoff(draft, readBillingState([], draft.encounterRef), "x", CONTEXT)).toStrictEqual({ kind: "save-first" });
  });
});

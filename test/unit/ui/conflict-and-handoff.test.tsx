import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { readBillingState } from "../../../src/billing/state/index.ts";
import { ConflictDialog } from "../../../src/ui/claim/conflict-dialog.tsx";
import { HandoffRegion } from "../../../src/ui/claim/handoff-region.tsx";
import { basis, handoffTask, readyFixture, storedClaim } from "../billing/state/store-fixtures.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const mine = readyFixture();
const theirsDraft = { ...mine, lines: mine.lines.map((l, i) => (i === 0 ? { ...l, units: 3 } : l)) };
const theirsClaim = storedClaim(theirsDraft, "c1", "6", "draft");
const state = readBillingState([theirsClaim], mine.encounterRef);
const names = (ref: string | undefined) => (ref === "Practitioner/pr-chen" ? "Dr. Michael Chen" : undefined);

describe("Conflict dialog", () => {
  const conflict = { theirs: { ...theirsDraft, basedOn: basis(theirsClaim) }, claim: state.draft!, state: { ...state, lastChange: { action: "saved" as const, who: "Practitioner/pr-chen", when: "2026-11-26T17:00:00Z" } } };

  it("shows both versions and who made theirs; each choice is one button", async () => {
    const keep = vi.fn();
    const take = vi.fn();
    renderWithProviders(<ConflictDialog conflict={conflict} mine={mine} nameOf={names} onKeepMine={keep} onTakeTheirs={take} />);
    const dialog = screen.getByRole("dialog", { name: "Conflict" });
    expect(dialog.textContent).toContain("Dr. Michael Chen changed this claim");
    const first = mine.lines[0]!;
    expect(within(screen.getByRole("region", { name: "Their version" })).getByText(new RegExp(`^${first.code}.* × 3 `))).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Your version" })).getByText(new RegExp(`^${first.code}.* × ${first.units} `))).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Take theirs" }));
    expect(take).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole("button", { name: "Keep mine" }));
    expect(keep).toHaveBeenCalledOnce();
  });
});

describe("Hand-off region", () => {
  it("shows the open hand-off note with its author, and hands on with the typed note", async () => {
    const onHandOff = vi.fn(async () => "Handed to coding.");
    const withTask = readBillingState([theirsClaim, handoffTask(mine, "Claim/c1")], mine.encounterRef);
    renderWithProviders(<HandoffRegion state={withTask} shared nameOf={(ref) => (ref === "Practitioner/pr-rivera" ? "Dr. Ana Rivera" : undefined)} onHandOff={onHandOff} />);
    const region = screen.getByRole("region", { name: "Hand-off" });
    expect(region.textContent).toContain("Dr. Ana Rivera");
    expect(region.textContent).toContain("Ready for coding");
    const note = within(region).getByLabelText("Note");
    await userEvent.clear(note);
    await userEvent.type(note, "Please check modifier 25");
    await userEvent.click(within(region).getByRole("button", { name: "Hand to coding" }));
    expect(onHandOff).toHaveBeenCalledWith("Please check modifier 25");
    expect((await within(region).findByRole("status")).textContent).toContain("Handed to coding.");
  });

  it("where the store keeps nothing, says others cannot see the draft and offers no hand-off", () => {
    renderWithProviders(<HandoffRegion state={undefined} shared={false} nameOf={() => undefined} onHandOff={vi.fn()} />);
    expect(screen.getByRole("region", { name: "Hand-off" }).textContent).toContain("others cannot see it");
    expect(screen.queryByRole("button", { name: "Hand to coding" })).toBeNull();
  });
});

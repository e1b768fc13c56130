import type { Resource } from "@medplum/fhirtypes";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JournalRepository } from "../../../smart-launch/fhir/journal-repository.ts";
import { isBudgetError, withBudget } from "../../../smart-launch/fhir/request-budget.ts";

/** The budget reads performance.now(): a fake clock moves past it instead of the test sleeping. */
const spendTime = (ms: number) => vi.advanceTimersByTime(ms);
afterEach(() => vi.useRealTimers());
const task = (id: string | undefined, status: string): Resource => ({ resourceType: "Task", ...(id ? { id } : {}), status, intent: "order" }) as Resource;

async function seeded(): Promise<JournalRepository> {
  const repo = new JournalRepository();
  await repo.updateResource(task("kept", "draft"));
  await repo.updateResource(task("gone", "draft"));
  return repo;
}

async function exists(repo: JournalRepository, id: string): Promise<boolean> {
  return repo.readResource("Task", id).then(() => true, () => false);
}

describe("the sandbox repository's transaction journal", () => {
  it("undoes every create, update and delete of a transaction that fails, versions and history included", async () => {
    const repo = await seeded();
    const before = await repo.readResource("Task", "kept");
    let createdId = "";
    const failed = withBudget(60_000, () => repo.withTransaction(async () => {
      createdId = (await repo.createResource(task(undefined, "requested"))).id;
      await repo.updateResource(task("kept", "completed"));
      await repo.deleteResource("Task", "gone");
      await repo.createResource(task("new-with-id", "draft"));
      throw new Error("entry 5 failed");
    }));
    await expect(failed).rejects.toThrow("entry 5 failed");
    expect(createdId).not.toBe("");
    expect(await exists(repo, createdId)).toBe(false);
    expect(await exists(repo, "new-with-id")).toBe(false);
    expect(await repo.readResource("Task", "kept")).toEqual(before);
    expect((await repo.readHistory("Task", "kept")).entry).toHaveLength(1);
    expect(await exists(repo, "gone")).toBe(true);
  });

  it("keeps the writes of a transaction that succeeds", async () => {
    const repo = await seeded();
    await withBudget(60_000, () => repo.withTransaction(async () => {
      await repo.updateResource(task("kept", "completed"));
      await repo.deleteResource("Task", "gone");
    }));
    expect((await repo.readResource<Resource & { status: string }>("Task", "kept")).status).toBe("completed");
    expect(await exists(repo, "gone")).toBe(false);
  });

  it("stops a request past its budget, and rolls a transaction back even when the engine caught the stop", async () => {
    const repo = await seeded();
    vi.useFakeTimers({ toFake: ["performance"] });
    const stopped = withBudget(1, async () => {
      spendTime(5);
      return repo.readResource("Task", "kept");
    });
    await expect(stopped).rejects.toSatisfy(isBudgetError);
    const rolledBack = withBudget(1, () => repo.withTransaction(async () => {
      await repo.updateResource(task("kept", "completed"));
      spendTime(5);
      // An engine answers a stopped read entry in its response and carries on.
      await repo.readResource("Task", "gone").catch(() => undefined);
      return "answered";
    }));
    await expect(rolledBack).rejects.toSatisfy(isBudgetError);
    expect((await repo.readResource<Resource & { status: string }>("Task", "kept")).status).toBe("draft");
  });
});

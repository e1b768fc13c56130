/**
 * The in-memory repository with two things medplum's MemoryRepository lacks: every call is a
 * checkpoint of the request's time budget (request-budget.ts), and a transaction keeps an undo
 * journal, so a transaction that fails part-way (its budget spent, a conditional match that is
 * not unique, a version that moved, a read entry stopped by the budget) is rolled back and leaves
 * nothing behind.
 */
import { OperationOutcomeError, type SearchRequest, type WithId } from "@medplum/core";
import { MemoryRepository } from "@medplum/fhir-router";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { budgetOutcome, checkpoint, currentBudget, withBudget } from "./request-budget.ts";

type Stored = Map<string, Map<string, Resource>>;
type History = Map<string, Map<string, Resource[]>>;

interface UndoRecord {
  type: string;
  id: string;
  /** The stored resource before the write (stored objects are never mutated in place). */
  previous: Resource | undefined;
  historyLength: number;
}

export class JournalRepository extends MemoryRepository {
  /** MemoryRepository's own maps (private there): read to record and to undo. */
  private get maps(): { resources: Stored; history: History } {
    return this as unknown as { resources: Stored; history: History };
  }

  private record(type: string, id: string): void {
    const journal = currentBudget()?.journal as UndoRecord[] | undefined;
    if (!journal) return;
    const previous = this.maps.resources.get(type)?.get(id);
    journal.push({ type, id, previous, historyLength: this.maps.history.get(type)?.get(id)?.length ?? 0 });
  }

  private undo(journal: UndoRecord[]): void {
    for (const { type, id, previous, historyLength } of [...journal].reverse()) {
      const stored = this.maps.resources.get(type);
      if (previous) stored?.set(id, previous);
      else stored?.delete(id);
      const versions = this.maps.history.get(type);
      const list = versions?.get(id);
      if (list && historyLength === 0) versions?.delete(id);
      else if (list) list.length = historyLength;
    }
  }

  override async createResource<T extends Resource>(resource: T): Promise<WithId<T>> {
    await checkpoint();
    if (resource.id) this.record(resource.resourceType, resource.id);
    const created = await super.createResource(resource);
    if (!resource.id) (currentBudget()?.journal as UndoRecord[] | undefined)?.push({ type: created.resourceType, id: created.id, previous: undefined, historyLength: 0 });
    return created;
  }

  override async deleteResource(resourceType: string, id: string): Promise<void> {
    await checkpoint();
    this.record(resourceType, id);
    return super.deleteResource(resourceType, id);
  }

  override async readResource<T extends Resource>(resourceType: string, id: string): Promise<T> {
    await checkpoint();
    return super.readResource<T>(resourceType, id);
  }

  override async search<T extends Resource>(searchRequest: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    await checkpoint();
    return super.search(searchRequest);
  }

  /** The outermost transaction keeps the journal; on failure every write in it is undone. */
  override withTransaction<TResult>(callback: (client: undefined) => Promise<TResult>): Promise<TResult> {
    const budget = currentBudget();
    if (!budget) return withBudget(Number.POSITIVE_INFINITY, () => this.withTransaction(callback));
    if (budget.journal) return callback(undefined);
    const journal: UndoRecord[] = [];
    budget.journal = journal;
    const fail = (error: unknown): never => {
      budget.journal = undefined;
      this.undo(journal);
      throw error;
    };
    return callback(undefined).then((result) => {
      // The engine answers a stopped read entry in its response instead of failing the whole.
      if (budget.stopped) fail(new OperationOutcomeError(budgetOutcome(budget.budgetMs) as ConstructorParameters<typeof OperationOutcomeError>[0]));
      budget.journal = undefined;
      return result;
    }, fail);
  }
}

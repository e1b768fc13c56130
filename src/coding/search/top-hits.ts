/** The best `limit` (id, score) pairs, highest score first, ties to the lower id. */
export interface ScoredId {
  id: number;
  score: number;
}

export class TopHits {
  readonly items: ScoredId[] = [];
  constructor(private readonly limit: number) {}

  /** The score a newcomer must beat to get in. */
  get floor(): number {
    return this.items.length < this.limit ? -Infinity : (this.items[this.items.length - 1]?.score ?? -Infinity);
  }

  add(id: number, score: number): void {
    if (this.limit <= 0) return;
    const items = this.items;
    if (items.length >= this.limit) {
      const last = items[items.length - 1];
      if (!last || score < last.score || (score === last.score && id > last.id)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0) {
      const prev = items[i - 1];
      if (!prev || prev.score > score || (prev.score === score && prev.id < id)) break;
      i--;
    }
    items.splice(i, 0, { id, score });
  }
}

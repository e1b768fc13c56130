/**
 * Writes run one at a time, as a database's serializable transactions would: a transaction's
 * If-Match check and its writes are never interleaved with another request's writes. A
 * transaction also holds back reads while it runs (it yields to the event loop between entries,
 * and its writes stand only once it commits): nobody reads what a rollback would take back.
 */
const tails = new WeakMap<object, Promise<unknown>>();
const transactions = new WeakMap<object, Promise<unknown>>();

export function serialized<T>(owner: object, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(owner) ?? Promise.resolve();
  const next = previous.then(run, run);
  tails.set(owner, next.catch(() => undefined));
  return next;
}

/** Runs a transaction in the write queue; reads wait for it (see afterTransaction). */
export function exclusive<T>(owner: object, run: () => Promise<T>): Promise<T> {
  return serialized(owner, () => {
    const running = run();
    const settled = running.catch(() => undefined);
    transactions.set(owner, settled);
    void settled.then(() => {
      if (transactions.get(owner) === settled) transactions.delete(owner);
    });
    return running;
  });
}

/** Resolves once no transaction is running. */
export async function afterTransaction(owner: object): Promise<void> {
  for (let running = transactions.get(owner); running; running = transactions.get(owner)) await running;
}

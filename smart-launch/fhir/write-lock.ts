/**
 * Writes run one at a time, as a database's serializable transactions would: a transaction's
 * If-Match check and its writes are never interleaved with another request's writes.
 */
const tails = new WeakMap<object, Promise<unknown>>();

export function serialized<T>(owner: object, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(owner) ?? Promise.resolve();
  const next = previous.then(run, run);
  tails.set(owner, next.catch(() => undefined));
  return next;
}

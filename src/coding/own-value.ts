/**
 * The value a plain-object table holds for `key` itself, never one inherited from
 * Object.prototype: "constructor", "__proto__" and "toString" are words a user may type.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

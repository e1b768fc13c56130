/**
 * ICD-10-CM hierarchy from code prefixes: in sorted order an ancestor stays on a stack while it
 * prefixes the key. parent[i] is the index of the nearest existing ancestor, or -1.
 */
export function prefixParents(sortedKeys: readonly string[]): Int32Array {
  const parent = new Int32Array(sortedKeys.length);
  const stack: string[] = [];
  const ids: number[] = [];
  for (let i = 0; i < sortedKeys.length; i++) {
    const key = sortedKeys[i] ?? "";
    while (stack.length > 0 && !key.startsWith(stack[stack.length - 1] ?? "")) { stack.pop(); ids.pop(); }
    parent[i] = ids.length > 0 ? (ids[ids.length - 1] ?? -1) : -1;
    stack.push(key);
    ids.push(i);
  }
  return parent;
}

/** Titles that begin with the parent's title are stored as this mark plus the rest. */
export const PARENT_TITLE_MARK = "~";

/** Stores each title that begins with its parent's (stored) title as MARK + the rest. */
export function frontCodeTitles(titles: readonly string[], parent: Int32Array): string[] {
  return titles.map((title, i) => {
    const p = titles[parent[i] ?? -1];
    return p !== undefined && p !== "" && title.length > p.length && title.startsWith(p) ? PARENT_TITLE_MARK + title.slice(p.length) : title;
  });
}

/** Inverse of frontCodeTitles (parents come before children). */
export function expandTitles(stored: readonly string[], parent: Int32Array): string[] {
  const out = new Array<string>(stored.length);
  stored.forEach((s, i) => {
    out[i] = s.startsWith(PARENT_TITLE_MARK) ? (out[parent[i] ?? -1] ?? "") + s.slice(PARENT_TITLE_MARK.length) : s;
  });
  return out;
}

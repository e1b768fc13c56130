/**
 * Gives each distinct word a dense id without making a string per occurrence: an open-addressing
 * hash table over char codes of the source text. Only the first occurrence of a word is sliced out.
 */
export const HASH_SEED = 0x811c9dc5;

/** FNV-1a over UTF-16 code units. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export class WordInterner {
  readonly words: string[] = [];
  private table = new Int32Array(1 << 15).fill(-1);
  private hashes: number[] = [];

  /** Id of text.slice(start, end), whose hash the caller computed with hashStep from HASH_SEED. */
  intern(text: string, start: number, end: number, h: number): number {
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot] ?? -1;
      if (id < 0) return this.insert(slot, h, text.slice(start, end));
      if (this.hashes[id] === h && this.equals(this.words[id] ?? "", text, start, end)) return id;
    }
  }

  internString(word: string): number {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    return this.intern(word, 0, word.length, h);
  }

  private equals(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private insert(slot: number, hash: number, word: string): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.table[slot] = id;
    if (this.words.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    this.hashes.forEach((h, id) => {
      let slot = h & mask;
      while ((table[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    });
    this.table = table;
  }
}

/**
 * A UUID that is a pure function of its input (RFC 9562 version 8, "custom"): the same draft
 * always gets the same urn:uuid fullUrls and Oracle transactionIds, so a retried submission is
 * recognisably the same one. Not cryptographic: it only has to be stable and spread well.
 */
export function deterministicUuid(input: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((seed) => fnv1a(input, seed));
  const hex = words.map((word) => word.toString(16).padStart(8, "0")).join("");
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

export function deterministicUrnUuid(input: string): string {
  return `urn:uuid:${deterministicUuid(input)}`;
}

function fnv1a(input: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Mix in the seed once more so the four words differ even for very short inputs.
  hash ^= seed >>> 7;
  return Math.imul(hash, 0x2c1b3c6d) >>> 0;
}

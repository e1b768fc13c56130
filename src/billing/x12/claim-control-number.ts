/** CLM01 (patient control number) carries at most 20 characters. */
export const MAX_CLAIM_ID_LENGTH = 20;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/**
 * The CLM01 value for a claim identifier: the identifier itself when it fits (20 characters,
 * letters, digits and - . _), else a stable short form "C" + FNV-1a 64-bit hash in base 36
 * (at most 14 characters). Payers echo CLM01 back in 277CA and 835 files: match replies by
 * computing this again from Claim.identifier.
 */
export function toClaimControlNumber(identifier: string): string {
  if (identifier.length <= MAX_CLAIM_ID_LENGTH && /^[A-Za-z0-9\-._]+$/.test(identifier)) return identifier;
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(identifier)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return `C${hash.toString(36).toUpperCase()}`;
}

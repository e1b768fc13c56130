/**
 * NPI check digit (CMS "NPI check digit" rule): Luhn over the card-issuer prefix 80840
 * followed by the first 9 digits; the 10th digit is the check digit.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/** The check digit that completes the first nine digits of an NPI. */
export function npiCheckDigit(firstNine: string): number {
  return luhnCheckDigit(`80840${firstNine}`);
}

/** The Luhn digit to append to `digits` (doubling every second digit from the right). */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Ranges of the numbers on a service line: what a field accepts and what a draft read back
 * from storage must hold. A claim form has room for 4 digits of units and 8 of dollars.
 */
export const MIN_UNITS = 1;
export const MAX_UNITS = 9999;
export const MAX_UNIT_CHARGE = 99_999_999.99;

const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat("en-US");

export const UNITS_RANGE = `a whole number from ${MIN_UNITS} to ${COUNT.format(MAX_UNITS)}`;
export const UNIT_CHARGE_RANGE = `an amount from 0 to ${MONEY.format(MAX_UNIT_CHARGE)} dollars with at most 2 decimals`;

/** A whole number of units within the claim form's range. */
export function isUnits(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= MIN_UNITS && value <= MAX_UNITS;
}

/** A finite dollar amount, 0 or more, at most MAX_UNIT_CHARGE, in whole cents. */
export function isUnitCharge(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= MAX_UNIT_CHARGE &&
    Math.abs(Math.round(value * 100) - value * 100) < 1e-6
  );
}

/** A CPT number: 5 digits (99213), or 4 digits and a letter (0001U, 0591T, 3074F). */
export const CPT_NUMBER = /^\d{4}[0-9A-Z]$/;

/**
 * A handful of common Remittance Advice Remark Codes, in the app's own words (X12 owns the texts).
 * [meaning, what to do]
 */
export const RARC_EXPLANATIONS: Readonly<Record<string, readonly [string, string]>> = {
  M15: ["Services billed separately were paid as one, bundled service.", "Write off the bundled part unless a modifier properly applies."],
  M51: ["A procedure code is missing, incomplete or invalid.", "Fix the procedure code and send a corrected claim."],
  M76: ["A diagnosis is missing, incomplete or invalid.", "Add or correct the diagnosis and the line's pointers, then send a corrected claim."],
  M80: ["Not paid when done in the same session as another service.", "Check whether a modifier for a separate session applies; else write off."],
  MA04: ["A secondary payment needs the primary payer's results.", "Send the claim again with the primary payer's adjudication."],
  MA130: ["The claim is incomplete or invalid and was not processed; there is nothing to appeal.", "Correct it and send it as a new claim."],
  N4: ["Information about the prior payer's payment is missing or wrong.", "Add the prior payer's payment details and resubmit."],
  N115: ["The decision follows a local coverage determination.", "Check the local coverage policy's covered diagnoses and documentation."],
  N130: ["The patient's plan documents limit or exclude this benefit.", "Check the plan's benefit rules; bill the patient if allowed."],
  N290: ["The rendering provider's identifier is missing or invalid.", "Add the rendering provider's NPI and send a corrected claim."],
  N382: ["The patient's identifier is missing or invalid.", "Correct the member id from the insurance card."],
  N822: ["A procedure modifier the payer needs is missing (e.g. RT or LT for the side treated).", "Add the modifier the record supports and send a corrected claim."],
  N386: ["The decision follows a national coverage determination.", "Check the national coverage policy's covered diagnoses and documentation."],
};

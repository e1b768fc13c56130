/**
 * Identifier systems and type codes (v2-0203 NIIP, or PAYERID) accepted as the payer id on the
 * payer Organization. Not urn:oid:2.16.840.1.113883.3.221.5: that is the Source of Payment
 * Typology, a code system for the payer's type (Coverage.type), not an identifier.
 * A module of its own so that the worklists and payer checks the chart uses do not bring the
 * X12 readers into the app page's entry chunk.
 */
export const PAYER_ID_SYSTEMS = ["urn:smart-coding-billing:payer-id", "https://smart-coding-billing.example/payer-id"];
export const PAYER_ID_TYPE_CODES = ["NIIP", "PAYERID"];

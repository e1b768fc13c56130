/** OpenID Connect id_token, a JWT signed HS256 with a per-process secret (node:crypto only). */
import { createHmac } from "node:crypto";

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  fhirUser: string;
  iat: number;
  exp: number;
  nonce?: string;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function signIdToken(claims: IdTokenClaims, secret: Buffer): string {
  const unsigned = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}`;
  const signature = createHmac("sha256", secret).update(unsigned).digest("base64url");
  return `${unsigned}.${signature}`;
}

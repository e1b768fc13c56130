/**
 * In-memory state of the authorization server: launch contexts, authorization codes (single
 * use, 60 s), access tokens (TOKEN_TTL_SECONDS) and refresh tokens. The clock is injectable.
 */
import { randomBytes } from "node:crypto";

export interface LaunchContext {
  patient?: string;
  encounter?: string;
  user?: string;
  /** Simulates a user who refuses the app (the authorize step answers access_denied). */
  deny?: boolean;
  /** Launched inside the EHR frame, which shows its own patient banner. */
  embedded?: boolean;
}

export interface Grant {
  clientId: string;
  scopes: string[];
  patient?: string;
  encounter?: string;
  user: string;
  nonce?: string;
  needPatientBanner: boolean;
}

export interface CodeRecord extends Grant {
  redirectUri: string;
  codeChallenge: string;
  expiresAt: number;
}

export interface TokenRecord extends Grant {
  expiresAt: number;
}

export const CODE_TTL_MS = 60_000;

export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

export class SessionStore {
  readonly launches = new Map<string, LaunchContext>();
  readonly codes = new Map<string, CodeRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly refreshTokens = new Map<string, Grant>();

  constructor(readonly tokenTtlSeconds: number, readonly now: () => number = Date.now) {}

  createLaunch(context: LaunchContext): string {
    const id = newToken(12);
    this.launches.set(id, context);
    return id;
  }

  createCode(record: Omit<CodeRecord, "expiresAt">): string {
    const code = newToken();
    this.codes.set(code, { ...record, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** Returns the code record once; a second call with the same code gets nothing. */
  takeCode(code: string): CodeRecord | undefined {
    const record = this.codes.get(code);
    this.codes.delete(code);
    return record;
  }

  issueAccessToken(grant: Grant): string {
    const token = newToken();
    this.tokens.set(token, { ...grant, expiresAt: this.now() + this.tokenTtlSeconds * 1000 });
    return token;
  }

  /** The grant behind a bearer token, or why there is none. */
  checkAccessToken(token: string): TokenRecord | "unknown" | "expired" {
    const record = this.tokens.get(token);
    if (!record) return "unknown";
    if (record.expiresAt <= this.now()) return "expired";
    return record;
  }

  issueRefreshToken(grant: Grant): string {
    const token = newToken(32);
    this.refreshTokens.set(token, grant);
    return token;
  }
}

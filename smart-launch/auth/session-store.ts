/**
 * In-memory state of the authorization server: launch contexts (single use, LAUNCH_TTL_SECONDS),
 * authorization codes (single use, 60 s), access tokens (TOKEN_TTL_SECONDS) and refresh tokens
 * (rotated on every use, bound to their client, REFRESH_TTL_SECONDS). The clock is injectable.
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

export interface Lifetimes {
  refreshTtlSeconds: number;
  launchTtlSeconds: number;
}

interface Expiring<T> { value: T; expiresAt: number }

export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

export class SessionStore {
  private readonly launches = new Map<string, Expiring<LaunchContext>>();
  readonly codes = new Map<string, CodeRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  private readonly refreshTokens = new Map<string, Expiring<Grant>>();

  constructor(
    readonly tokenTtlSeconds: number,
    readonly now: () => number = Date.now,
    readonly lifetimes: Lifetimes = { refreshTtlSeconds: 86_400, launchTtlSeconds: 300 },
  ) {}

  createLaunch(context: LaunchContext): string {
    const id = newToken(12);
    this.launches.set(id, { value: context, expiresAt: this.now() + this.lifetimes.launchTtlSeconds * 1000 });
    return id;
  }

  /** The launch context once; a second call, or one after its lifetime, gets nothing. */
  takeLaunch(id: string): LaunchContext | undefined {
    const record = this.launches.get(id);
    this.launches.delete(id);
    return record && record.expiresAt > this.now() ? record.value : undefined;
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
    this.refreshTokens.set(token, { value: grant, expiresAt: this.now() + this.lifetimes.refreshTtlSeconds * 1000 });
    return token;
  }

  /** Uses a refresh token up (it is refused afterwards): its grant when known, unexpired and issued to this client. */
  takeRefreshToken(token: string, clientId: string | undefined): Grant | "unknown" | "expired" | "other-client" {
    const record = this.refreshTokens.get(token);
    if (!record) return "unknown";
    if (clientId !== undefined && record.value.clientId !== clientId) return "other-client";
    this.refreshTokens.delete(token);
    return record.expiresAt > this.now() ? record.value : "expired";
  }
}

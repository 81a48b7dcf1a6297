/** A Hub request that failed for good; carries what a user needs to act, never the token. */
export class HubError extends Error {
  override readonly name = "HubError";
  readonly url: string;
  readonly status: number | undefined;
  readonly attempts: number;

  constructor(message: string, options: { url: string; status?: number; attempts: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.attempts = options.attempts;
  }
}

/**
 * The Hub refused the token itself (401 "Invalid credentials in Authorization header"): expired,
 * revoked or mistyped. It answers so on every call, so the run stops at once; never "a deleted model".
 */
export class TokenRefused extends HubError {
  constructor(url: string) {
    super("the Hub refused the token: it is expired, revoked or mistyped", { url, status: 401, attempts: 1 });
  }
}

/** No answer at all from the endpoint's host: DNS, a refused connection, TLS, a timeout. */
export class HubUnreachable extends HubError {
  readonly host: string;
  constructor(message: string, options: { url: string; host: string; attempts: number; cause?: unknown }) {
    super(message, options);
    this.host = options.host;
  }
}

/** Replaces every occurrence of each secret with `***`. */
export function maskSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

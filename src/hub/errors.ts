import type { Advised, Terms } from "../terms.ts";

/** A Hub request that failed for good; carries what a user needs to act, never the token. */
export class HubError extends Error implements Advised {
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

  /** The message with what to check, in the face's words (terms.ts failureMessage). */
  advice(terms: Terms): string {
    return this.status === 401 ? `${this.message} (${terms.tokenCheck})` : this.message;
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

  override advice(terms: Terms): string {
    return `the Hub refused the token in ${terms.token.where}: it is expired, revoked or mistyped; ${terms.token.renew}`;
  }
}

/** No answer at all from the endpoint's host: DNS, a refused connection, TLS, a timeout. */
export class HubUnreachable extends HubError {
  readonly host: string;
  constructor(message: string, options: { url: string; host: string; attempts: number; cause?: unknown }) {
    super(message, options);
    this.host = options.host;
  }

  override advice(terms: Terms): string {
    return `${this.message}. Check the network and any proxy (Node uses HTTPS_PROXY when NODE_USE_ENV_PROXY=1 is set); to reach the Hub through a mirror, ${terms.endpoint}`;
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

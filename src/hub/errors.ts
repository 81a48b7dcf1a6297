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

/** Replaces every occurrence of each secret with `***`. */
export function maskSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

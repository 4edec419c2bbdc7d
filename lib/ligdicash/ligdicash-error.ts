import type { EndpointKey } from "./endpoints";
import type { GatewayErrorCode } from "./error-codes";

/**
 * One error type for everything the gateway client throws. Pure (no server-only): the UI may
 * check `instanceof` / `code`. Staff-facing text is made at the edge from `code` (`gateway.errors.<code>`);
 * `message` is an English line for logs.
 *
 * `outcomeUnknown` is what the payout code relies on to never send money twice:
 * - true: a creation whose request may have reached LigdiCash, but whose answer we lost
 *   (timeout, connection dropped, 5xx, unreadable body). The money may have moved: do not send
 *   again; resolve it by asking LigdiCash.
 * - false: LigdiCash definitely refused (a `"01"` answer), we refused before sending, the
 *   connection was never made, or the call was a status check (which moves nothing).
 */
export type LigdicashErrorDetails = {
  endpoint: EndpointKey;
  /** LigdiCash's sub-code (`"04"`, `"03a"`) when it answered `"01"`. */
  subCode?: string | null;
  outcomeUnknown?: boolean;
  /** LigdiCash's response_text, e.g. `Echec (Code04)`. */
  responseText?: string | null;
  httpStatus?: number | null;
  /** Machine-readable detail, e.g. the phone or amount input error for a check before sending. */
  reason?: string | null;
  cause?: unknown;
};

export abstract class LigdicashError extends Error {
  static readonly code: GatewayErrorCode;
  readonly code: GatewayErrorCode;
  readonly endpoint: EndpointKey;
  readonly subCode: string | null;
  readonly outcomeUnknown: boolean;
  readonly responseText: string | null;
  readonly httpStatus: number | null;
  readonly reason: string | null;

  constructor(details: LigdicashErrorDetails) {
    const code = (new.target as unknown as { code: GatewayErrorCode }).code;
    super(describeError(code, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.endpoint = details.endpoint;
    this.subCode = details.subCode ?? null;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
    this.responseText = details.responseText ?? null;
    this.httpStatus = details.httpStatus ?? null;
    this.reason = details.reason ?? null;
  }

  /** What is safe to log or store: no request body, no credentials. */
  toJSON() {
    const { code, endpoint, subCode, outcomeUnknown, responseText, httpStatus, reason } = this;
    return { name: this.name, code, endpoint, subCode, outcomeUnknown, responseText, httpStatus, reason };
  }
}

function describeError(code: GatewayErrorCode, details: LigdicashErrorDetails): string {
  const parts = [`LigdiCash ${details.endpoint}: ${code}`];
  if (details.responseText) parts.push(`(${details.responseText})`);
  if (details.httpStatus) parts.push(`HTTP ${details.httpStatus}`);
  if (details.reason) parts.push(`— ${details.reason}`);
  if (details.outcomeUnknown) parts.push("— outcome unknown: do not send again, check the status");
  return parts.join(" ");
}

/** Every failure a person or a client can see has a code; the code decides the HTTP status and
 * the message (messages/<locale>/errors.json). Nothing else leaks out. */
export const ERROR_STATUS = {
  bad_request: 400,
  idempotency_key_required: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  /** The password was right; the sign-in waits for a second-factor code (details.challenge). */
  code_required: 401,
  sign_in_expired: 401,
  /** A money or user-administration action whose last code is older than 10 minutes. */
  step_up_required: 401,
  /** Someone who must use two-factor sign-in has not enrolled yet. */
  second_factor_required: 403,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  last_admin: 409,
  email_taken: 409,
  already_enrolled: 409,
  payload_too_large: 413,
  validation_failed: 422,
  invalid_code: 422,
  idempotency_key_reused: 422,
  too_many_attempts: 429,
  rate_limited: 429,
  gateway_error: 502,
  gateway_timeout: 504,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The specific words behind a refusal, named but not written: a message key (`payouts.rules.refund_exceeds`),
 * the XOF amounts it quotes, and the form field it belongs to. The edge (lib/http/route.ts, pages)
 * turns it into text in the reader's language and puts it in `details.fields[0]`.
 */
export type ErrorText = { key: string; amounts?: Record<string, number>; field?: string };

/**
 * The one error type of domain code: a code (→ status and generic message), machine-readable
 * details for clients, and optionally the specific text to show. Domain code never writes words.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    readonly text?: ErrorText,
  ) {
    super(code);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

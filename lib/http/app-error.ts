/** Every failure a person or a client can see has a code; the code decides the HTTP status and
 * the message (messages/<locale>/errors.json). Nothing else leaks out. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  last_admin: 409,
  email_taken: 409,
  payload_too_large: 413,
  validation_failed: 422,
  idempotency_key_reused: 422,
  too_many_attempts: 429,
  gateway_error: 502,
  gateway_timeout: 504,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

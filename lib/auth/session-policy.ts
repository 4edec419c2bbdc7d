/**
 * Session lifetime for staff who move money (NIST SP 800-63B, AAL2): signed out after 30 minutes
 * without a request, and 12 hours after signing in whatever the activity.
 */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** The proxy rewrites the session cookie at most this often to record activity. */
export const ACTIVITY_REFRESH_MS = 60 * 1000;

export type SessionTimes = { loginAt: number; seenAt: number };
export type SessionState = "active" | "idle_expired" | "absolute_expired";

export function sessionState(times: SessionTimes, now: number): SessionState {
  if (now - times.loginAt >= ABSOLUTE_TIMEOUT_MS) return "absolute_expired";
  if (now - times.seenAt >= IDLE_TIMEOUT_MS) return "idle_expired";
  return "active";
}

/** Reads our timestamps off a decoded session token; missing or malformed → null (treated as signed out). */
export function readSessionTimes(token: Record<string, unknown> | null): SessionTimes | null {
  if (!token) return null;
  const { loginAt, seenAt } = token;
  return typeof loginAt === "number" && typeof seenAt === "number" ? { loginAt, seenAt } : null;
}

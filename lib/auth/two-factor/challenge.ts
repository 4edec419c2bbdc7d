import { createHmac, timingSafeEqual } from "node:crypto";

/** How long the code step of a sign-in stays open after the password was accepted. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`caisse/sign-in-challenge/v1:${payload}`).digest("base64url");
}

/**
 * Proof that this person's password was right moments ago, handed to the browser between the two
 * steps of sign-in instead of a session. Signed with NEXTAUTH_SECRET; it carries no secret itself.
 */
export function issueChallenge(userId: string, now: Date, secret = process.env.NEXTAUTH_SECRET): string {
  if (!secret) throw new Error("NEXTAUTH_SECRET is required to sign in");
  const payload = `${userId}.${now.getTime() + CHALLENGE_TTL_MS}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The user id the challenge was issued for, or null when forged, altered or expired. */
export function readChallenge(
  challenge: string,
  now: Date,
  secret = process.env.NEXTAUTH_SECRET,
): string | null {
  if (!secret) return null;
  const [userId, expires, signature] = challenge.split(".");
  if (!userId || !expires || !signature) return null;
  const expected = Buffer.from(sign(`${userId}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expires) > now.getTime() ? userId : null;
}

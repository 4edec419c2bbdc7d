import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

/** RFC 6238 defaults, the ones every authenticator app uses: SHA-1, 6 digits, 30 s steps. */
export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** What the QR code holds: `otpauth://totp/<issuer>:<email>?secret=…&issuer=…`. */
export function totpUri(secret: string, email: string, issuer: string): string {
  return generateURI({ issuer, label: email, secret });
}

/** The time step a moment falls in (the counter of RFC 6238). */
export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a given time step (tests, and the e2e helper that types a code). */
export function totpCodeAt(secret: string, step: number): string {
  return generateSync({ secret, epoch: step * TOTP_PERIOD_SECONDS });
}

/**
 * The time step a code belongs to, or null when it is wrong. One step either side is accepted
 * (a phone's clock a little off, a code typed as it changed), but never a step at or before
 * `afterStep`: a code already used cannot be used again within its window.
 */
export function matchTotp(secret: string, code: string, now: Date, afterStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = timeStepAt(now);
  for (const step of [current - 1, current, current + 1]) {
    if (afterStep !== null && step <= afterStep) continue;
    const result = verifySync({ secret, token: code, epoch: step * TOTP_PERIOD_SECONDS, epochTolerance: 0 });
    if (result.valid) return step;
  }
  return null;
}

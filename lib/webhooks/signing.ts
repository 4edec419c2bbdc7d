import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** `whsec_` + base64 of 32 random bytes: the secret format Standard Webhooks libraries read. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export type SigningSecrets = {
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
};

/**
 * The three Standard Webhooks headers of one attempt. During a rotation's overlap the signature
 * header carries the new and the old signature (space-separated, as the specification allows), so
 * a receiver still holding the old secret keeps verifying until it switches.
 */
export function signedHeaders(
  eventId: string,
  body: string,
  secrets: SigningSecrets,
  now: Date,
): Record<string, string> {
  const signatures = [new Webhook(secrets.secret).sign(eventId, now, body)];
  if (secrets.previousSecret && secrets.previousSecretUntil && secrets.previousSecretUntil > now)
    signatures.push(new Webhook(secrets.previousSecret).sign(eventId, now, body));
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

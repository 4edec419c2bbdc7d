/** What a merchant's systems can be told. Each is written only by the database trigger of a
 * verified change (or, for invoice.expired, by the expiry pass), in the change's transaction. The
 * database holds the same list in a CHECK constraint (migration 20261206051000_webhooks). */
export const WEBHOOK_EVENTS = [
  "invoice.paid",
  "invoice.failed",
  "invoice.expired",
  "payout.completed",
  "payout.failed",
  "refund.completed",
  "refund.failed",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

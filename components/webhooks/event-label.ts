import type { WebhookEventType } from "@/lib/webhooks/event-types";

/** `invoice.paid` → `invoicePaid`: message keys hold no dot inside a name. */
export function eventKey(type: WebhookEventType): string {
  return type.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());
}

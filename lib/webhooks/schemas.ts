import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { WEBHOOK_EVENTS } from "./event-types";

/** A new endpoint, worded by the caller's translator (`webhooks.errors.…`). The URL's network
 * rules (https, private addresses) are checked by the operation, which can resolve the name. */
export function createEndpointSchema(t: Translate) {
  return z.object({
    url: z
      .string(t("webhooks.errors.url"))
      .trim()
      .max(2000, t("webhooks.errors.url"))
      .pipe(z.url({ protocol: /^https?$/, error: t("webhooks.errors.url") })),
    description: z.string().trim().max(200, t("webhooks.errors.descriptionTooLong")).default(""),
    events: z
      .array(z.enum(WEBHOOK_EVENTS, t("webhooks.errors.events")), t("webhooks.errors.events"))
      .min(1, t("webhooks.errors.events"))
      .transform((events) => [...new Set(events)]),
    allowPrivateNetwork: z.boolean().default(false),
  });
}

export type CreateEndpointData = z.output<ReturnType<typeof createEndpointSchema>>;

export const DELIVERY_OUTCOMES = ["pending", "delivered", "failed"] as const;

export function listDeliveriesSchema(t: Translate) {
  return z.object({
    endpoint: z.string().max(40).optional(),
    event: z.enum(WEBHOOK_EVENTS, t("webhooks.errors.events")).optional(),
    outcome: z.enum(DELIVERY_OUTCOMES).optional(),
  });
}

export type ListDeliveriesInput = z.output<ReturnType<typeof listDeliveriesSchema>>;

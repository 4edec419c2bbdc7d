import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isWebhookEvent, type WebhookEventType } from "./event-types";
import type { ListDeliveriesInput } from "./schemas";

export type DeliveryDto = {
  id: string;
  eventId: string;
  eventType: WebhookEventType;
  subjectId: string;
  endpointId: string;
  endpointUrl: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  log: { at: string; statusCode: number | null; durationMs: number; answer: string }[];
};

const SHOWN = 50;
const ATTEMPTS_SHOWN = 10;

/** The newest deliveries, filtered by endpoint, event and outcome, each with its latest attempts. */
export async function listDeliveries(db: PrismaClient, filters: ListDeliveriesInput): Promise<DeliveryDto[]> {
  const where: Prisma.WebhookDeliveryWhereInput = {
    ...(filters.endpoint ? { endpointId: filters.endpoint } : {}),
    ...(filters.event ? { event: { type: filters.event } } : {}),
    ...(filters.outcome ? { status: filters.outcome } : {}),
  };
  const rows = await db.webhookDelivery.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    include: {
      event: { select: { type: true, subjectId: true } },
      endpoint: { select: { url: true } },
      attemptLog: { orderBy: { at: "desc" }, take: ATTEMPTS_SHOWN },
    },
  });
  return rows.flatMap((row) =>
    isWebhookEvent(row.event.type)
      ? [
          {
            id: row.id,
            eventId: row.eventId,
            eventType: row.event.type,
            subjectId: row.event.subjectId,
            endpointId: row.endpointId,
            endpointUrl: row.endpoint.url,
            status: row.status as DeliveryDto["status"],
            attempts: row.attempts,
            nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
            createdAt: row.createdAt.toISOString(),
            log: row.attemptLog.map((a) => ({
              at: a.at.toISOString(),
              statusCode: a.statusCode,
              durationMs: a.durationMs,
              answer: a.answer,
            })),
          },
        ]
      : [],
  );
}

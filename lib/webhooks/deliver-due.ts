import type { PrismaClient } from "@/lib/generated/prisma/client";
import { postWebhook, type PostResult } from "./post-webhook";
import { nextAttemptAt } from "./retry-schedule";
import { signedHeaders } from "./signing";

/** How long a claimed delivery is held by its sender: beyond the 10 s timeout, so two senders never
 * overlap; a sender that dies mid-way leaves it to be taken again after this. */
const LEASE_MS = 60_000;

type Claimed = {
  id: string;
  attempts: number;
  event_id: string;
  event_at: Date;
  payload: unknown;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  allow_private_network: boolean;
  endpoint_id: string;
};

export type DeliveryPass = { attempted: number; delivered: number; failedForGood: number };

/**
 * Sends what is due: claims up to `batch` deliveries (SKIP LOCKED, so any number of instances
 * share the work and none sends a delivery another holds), posts each signed event, records the
 * attempt, and schedules the next one or gives up after three days — marking the endpoint failing.
 */
export const DELIVERY_BATCH = 20;

export async function deliverDue(
  db: PrismaClient,
  { now = () => new Date(), batch = DELIVERY_BATCH }: { now?: () => Date; batch?: number } = {},
): Promise<DeliveryPass> {
  const claimedAt = now();
  const claimed = await db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT d.id FROM webhook_deliveries d
      JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.disabled_at IS NULL
      WHERE d.status = 'pending' AND d.next_attempt_at <= ${claimedAt}
      ORDER BY d.next_attempt_at LIMIT ${batch}
      FOR UPDATE OF d SKIP LOCKED)
    UPDATE webhook_deliveries d SET attempts = d.attempts + 1, last_attempt_at = ${claimedAt},
      next_attempt_at = ${new Date(claimedAt.getTime() + LEASE_MS)}
    FROM due, webhook_events ev, webhook_endpoints e
    WHERE d.id = due.id AND ev.id = d.event_id AND e.id = d.endpoint_id
    RETURNING d.id, d.attempts, ev.id AS event_id, ev.created_at AS event_at, ev.payload, e.url, e.secret,
      e.previous_secret, e.previous_secret_until, e.allow_private_network, e.id AS endpoint_id`;
  const outcomes = await Promise.all(claimed.map((delivery) => attempt(db, delivery, now)));
  return {
    attempted: claimed.length,
    delivered: outcomes.filter((o) => o === "delivered").length,
    failedForGood: outcomes.filter((o) => o === "failed").length,
  };
}

async function attempt(db: PrismaClient, delivery: Claimed, now: () => Date) {
  const body = JSON.stringify(delivery.payload);
  const sentAt = now();
  const headers = signedHeaders(
    delivery.event_id,
    body,
    {
      secret: delivery.secret,
      previousSecret: delivery.previous_secret,
      previousSecretUntil: delivery.previous_secret_until,
    },
    sentAt,
  );
  const result = await postWebhook(delivery.url, headers, body, delivery.allow_private_network);
  return record(db, delivery, result, now());
}

const succeeded = (result: PostResult) =>
  result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;

async function record(db: PrismaClient, delivery: Claimed, result: PostResult, at: Date) {
  const next = succeeded(result) ? null : nextAttemptAt(delivery.attempts, delivery.event_at, at);
  const status = succeeded(result) ? "delivered" : next ? "pending" : "failed";
  // One statement (no interactive transaction waiting for a pooled connection under load): the
  // attempt, the delivery's new state, and the endpoint healthy again once it answers, failing
  // once a delivery gives up.
  await db.$executeRaw`
    WITH attempt AS (
      INSERT INTO webhook_attempts (delivery_id, at, status_code, duration_ms, answer)
      VALUES (${delivery.id}, ${at}::timestamptz, ${result.statusCode}::int, ${result.durationMs}::int, ${result.answer})),
    delivery AS (
      UPDATE webhook_deliveries SET status = ${status}, next_attempt_at = ${next ?? at}::timestamptz WHERE id = ${delivery.id})
    UPDATE webhook_endpoints SET failing_since = CASE WHEN ${status} = 'delivered' THEN NULL ELSE ${at}::timestamptz END
    WHERE id = ${delivery.endpoint_id}
      AND ((${status} = 'delivered' AND failing_since IS NOT NULL) OR (${status} = 'failed' AND failing_since IS NULL))`;
  return status;
}

import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { PrismaClient, WebhookEndpoint } from "@/lib/generated/prisma/client";
import { checkEndpointUrl } from "./check-endpoint-url";
import { isWebhookEvent, type WebhookEventType } from "./event-types";
import type { CreateEndpointData } from "./schemas";
import { newWebhookSecret } from "./signing";

type Ctx = Pick<OperationContext, "db" | "actor" | "ip">;

/** How long the old secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export type EndpointDto = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  allowPrivateNetwork: boolean;
  failingSince: string | null;
  disabledAt: string | null;
  previousSecretUntil: string | null;
  createdAt: string;
};

function toDto(endpoint: WebhookEndpoint): EndpointDto {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events.filter(isWebhookEvent),
    allowPrivateNetwork: endpoint.allowPrivateNetwork,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    previousSecretUntil: endpoint.previousSecretUntil?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

/** A new endpoint; its signing secret is in this answer only. */
export async function createEndpoint(
  { db, actor, ip }: Ctx,
  input: CreateEndpointData,
): Promise<{ endpoint: EndpointDto; secret: string }> {
  await checkEndpointUrl(input.url, input.allowPrivateNetwork);
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { ...input, secret, createdById: actor.id } });
    await recordAudit(tx, {
      actor,
      action: "webhook.endpoint_created",
      target: { type: "webhook_endpoint", id: endpoint.id },
      ip,
      after: { url: endpoint.url, allowPrivateNetwork: endpoint.allowPrivateNetwork },
    });
    return { endpoint: toDto(endpoint), secret };
  });
}

/** A new secret, shown once; the old one keeps signing beside it for a day, then stops. */
export async function rotateEndpointSecret(
  { db, actor, ip }: Ctx,
  id: string,
  now = new Date(),
): Promise<{ endpoint: EndpointDto; secret: string }> {
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!current) throw new AppError("not_found");
    const endpoint = await tx.webhookEndpoint.update({
      where: { id },
      data: {
        secret,
        previousSecret: current.secret,
        previousSecretUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      },
    });
    await recordAudit(tx, {
      actor,
      action: "webhook.secret_rotated",
      target: { type: "webhook_endpoint", id },
      ip,
      after: { url: endpoint.url },
    });
    return { endpoint: toDto(endpoint), secret };
  });
}

/** Stops sending to an endpoint (what is pending stays, and goes if it is enabled again). */
export async function setEndpointEnabled(
  { db, actor, ip }: Ctx,
  id: string,
  enabled: boolean,
): Promise<EndpointDto> {
  return db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!found) throw new AppError("not_found");
    const endpoint = await tx.webhookEndpoint.update({
      where: { id },
      data: { disabledAt: enabled ? null : (found.disabledAt ?? new Date()) },
    });
    if (Boolean(found.disabledAt) === enabled)
      await recordAudit(tx, {
        actor,
        action: enabled ? "webhook.endpoint_enabled" : "webhook.endpoint_disabled",
        target: { type: "webhook_endpoint", id },
        ip,
        after: { url: endpoint.url },
      });
    return toDto(endpoint);
  });
}

export async function listEndpoints(db: PrismaClient): Promise<EndpointDto[]> {
  return (await db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" } })).map(toDto);
}

/** "Renvoyer": the delivery goes again now, whatever it reached; the next pass sends it. */
export async function resendDelivery({ db, actor, ip }: Ctx, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.webhookDelivery.updateMany({
      where: { id },
      data: { status: "pending", nextAttemptAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("not_found");
    await recordAudit(tx, {
      actor,
      action: "webhook.delivery_resent",
      target: { type: "webhook_delivery", id },
      ip,
    });
  });
}

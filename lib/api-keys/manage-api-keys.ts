import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toApiKeyDto, type ApiKeyDto } from "./api-key-dto";
import type { CreateApiKeyData } from "./schemas";
import { newApiSecret } from "./secret";

type Ctx = Pick<OperationContext, "db" | "actor" | "ip">;

/** Creates a key; the secret is in this answer only; what is stored cannot give it back. */
export async function createApiKey(
  { db, actor, ip }: Ctx,
  input: CreateApiKeyData,
): Promise<{ key: ApiKeyDto; secret: string }> {
  const { secret, prefix, hash } = newApiSecret();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { name: input.name, scopes: input.scopes, prefix, secretHash: hash, createdById: actor.id },
    });
    await recordAudit(tx, {
      actor,
      action: "api_key.created",
      target: { type: "api_key", id: key.id },
      ip,
      after: { name: key.name, prefix },
    });
    return { key: toApiKeyDto(key), secret };
  });
}

/** Revokes a key at once on every instance (each call reads the key's row). Revoking twice is a no-op. */
export async function revokeApiKey({ db, actor, ip }: Ctx, id: string): Promise<ApiKeyDto> {
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw new AppError("not_found");
    if (revoked.count === 1)
      await recordAudit(tx, {
        actor,
        action: "api_key.revoked",
        target: { type: "api_key", id },
        ip,
        before: { name: key.name, prefix: key.prefix },
      });
    return toApiKeyDto(key);
  });
}

/** Every key, live ones first, newest first. */
export async function listApiKeys(db: PrismaClient): Promise<ApiKeyDto[]> {
  const keys = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return keys.map(toApiKeyDto);
}

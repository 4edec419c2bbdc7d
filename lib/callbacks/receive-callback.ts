import type { PrismaClient } from "@/lib/generated/prisma/client";
import { poolOf } from "@/lib/db/client";
import { readLimitedBody } from "@/lib/http/read-body";
import {
  incomingDelivery,
  MAX_STORED_BODY,
  storeDelivery,
  type StoreOptions,
  type StoredDelivery,
} from "./store-delivery";

/** Stores one inbound delivery (the route's only synchronous work). The body is read as bytes up
 * to MAX_STORED_BODY, whatever the content type; the rest is never read (see store-delivery.ts). */
export async function receiveCallback(
  db: PrismaClient,
  request: Request,
  options: StoreOptions = {},
): Promise<StoredDelivery> {
  const { bytes, truncated } = await readLimitedBody(request, MAX_STORED_BODY);
  return storeDelivery(
    poolOf(db),
    incomingDelivery(request.headers, new TextDecoder().decode(bytes), truncated),
    options,
  );
}

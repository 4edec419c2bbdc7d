import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientIp } from "@/lib/auth/client-ip";
import { MAX_STORED_BODY, pickHeaders, storeDelivery, type StoredDelivery } from "./store-delivery";

/** Reads the body as text, whatever the content type; more than we store is cut. */
async function readBody(request: Request): Promise<string> {
  const text = await request.text();
  return text.length > MAX_STORED_BODY ? text.slice(0, MAX_STORED_BODY) : text;
}

/** Stores one inbound delivery (the route's only synchronous work). */
export async function receiveCallback(db: PrismaClient, request: Request): Promise<StoredDelivery> {
  return storeDelivery(db, {
    body: await readBody(request),
    contentType: request.headers.get("content-type") ?? "",
    headers: pickHeaders(request.headers),
    sourceIp: clientIp(request.headers),
  });
}

import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isUniqueViolation } from "@/lib/unique-violation";
import { AppError } from "./app-error";
import { assertSameOrigin } from "./same-origin";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** The one wire shape of every error: `{ "error": { "code", "message", "details"? } }`. */
async function errorResponse(error: unknown): Promise<Response> {
  const t = await getTranslations("errors");
  if (error instanceof AppError) {
    const minutes = typeof error.details?.retryAfterSeconds === "number" ? Math.ceil(error.details.retryAfterSeconds / 60) : 0;
    const body = { error: { code: error.code, message: t(error.code, { minutes, requestId: "" }), details: error.details } };
    const headers = minutes ? { "Retry-After": String(minutes * 60) } : undefined;
    return NextResponse.json(body, { status: error.status, headers });
  }
  if (isUniqueViolation(error)) {
    return NextResponse.json({ error: { code: "conflict", message: t("conflict") } }, { status: 409 });
  }
  const requestId = randomUUID();
  console.error(`[caisse] request ${requestId} failed`, error);
  return NextResponse.json({ error: { code: "internal", message: t("internal", { requestId }), details: { requestId } } }, { status: 500 });
}

/** Wraps a route handler: CSRF check on state-changing methods, thrown errors → responses. */
export function handleRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

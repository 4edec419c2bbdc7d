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

// C0 controls and DEL: never part of an id of ours, and PostgreSQL refuses NUL in text (a 500).
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A route segment with a control character (`/api/payouts/%00`) names nothing: 404 before any query. */
async function assertPlainParams(context: unknown): Promise<void> {
  if (typeof context !== "object" || context === null || !("params" in context)) return;
  const params: unknown = await context.params;
  if (typeof params !== "object" || params === null) return;
  for (const value of Object.values(params).flat()) {
    if (typeof value === "string" && CONTROL_CHARACTER.test(value)) throw new AppError("not_found");
  }
}

/** Wraps a route handler: CSRF check on state-changing methods, route params free of control
 * characters, thrown errors → responses. */
export function handleRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      await assertPlainParams(context);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

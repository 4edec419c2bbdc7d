import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRecentSecondFactor } from "@/lib/auth/current-staff";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import { parseInput, readJson } from "./parse-input";
import { anonymousContext, withStaff, type RequestContext, type StaffContext } from "./request-context";
import { assertSameOrigin } from "./same-origin";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

// C0 controls and DEL: never part of an id of ours, and PostgreSQL refuses NUL in text (a 500).
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A route segment with a control character (`/api/payouts/%00`) names nothing: 404 before any query. */
async function readPlainParams(context: unknown): Promise<Record<string, unknown>> {
  if (typeof context !== "object" || context === null || !("params" in context)) return {};
  const params: unknown = await context.params;
  if (typeof params !== "object" || params === null) return {};
  for (const value of Object.values(params).flat()) {
    if (typeof value === "string" && CONTROL_CHARACTER.test(value)) throw new AppError("not_found");
  }
  return params as Record<string, unknown>;
}

/** Wraps a route handler that builds its own response (a stream): CSRF check on state-changing
 * methods, route params free of control characters, thrown errors → responses. */
export function handleRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      await readPlainParams(context);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export type AnySchema = z.ZodType;
/** A schema, or a function building it for the request (schemas whose messages or limits depend on it). */
export type Source<S extends AnySchema> = S | ((ctx: RequestContext) => S | Promise<S>);
export type Input<S extends AnySchema> = [S] extends [never] ? unknown : z.output<S>;
type ContextFor<P> = P extends "public" ? RequestContext : StaffContext;

export type RouteSpec<
  P extends Permission | "public",
  R,
  Pa extends AnySchema,
  Q extends AnySchema,
  B extends AnySchema,
> = {
  /** Who may call it: a permission of lib/auth/permissions.ts, or "public" (customer pages). */
  permission: P;
  /** The route segments; an invalid one names nothing: 404, as for an unknown id. */
  params?: Source<Pa>;
  query?: Source<Q>;
  body?: Source<B>;
  /** Bytes of JSON body read at most; MAX_JSON_BODY unless a route carries files (a payout sheet). */
  maxBody?: number;
  /** The one domain operation. Its input is params, query and body, each validated, in one object. */
  run: (ctx: ContextFor<P>, input: Input<Pa> & Input<Q> & Input<B>) => Promise<R>;
  /** 200 unless said otherwise; 204 when `run` returns nothing; a Response (a stream) goes out as it is. */
  status?: number | ((result: R) => number);
  headers?: Record<string, string>;
  /** Approving, resolving, administering people: a second-factor code within the last 10 minutes. */
  stepUp?: true;
};

async function schemaOf(source: unknown, ctx: RequestContext): Promise<AnySchema | undefined> {
  if (source === undefined) return undefined;
  return typeof source === "function"
    ? ((await (source as (c: RequestContext) => unknown)(ctx)) as AnySchema)
    : (source as AnySchema);
}

/** The query string as one value per name (the first, as `URLSearchParams.get` reads it). */
function queryObject(request: Request): Record<string, string> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key) ?? ""]));
}

export async function readInput(
  request: Request,
  context: unknown,
  ctx: RequestContext,
  spec: { params?: unknown; query?: unknown; body?: unknown; maxBody?: number },
): Promise<object> {
  const params = await readPlainParams(context);
  const paramsSchema = await schemaOf(spec.params, ctx);
  const fromPath = paramsSchema?.safeParse(params);
  if (fromPath && !fromPath.success) throw new AppError("not_found");
  const querySchema = await schemaOf(spec.query, ctx);
  const bodySchema = await schemaOf(spec.body, ctx);
  return {
    ...(fromPath?.data as object | undefined),
    ...(querySchema ? (parseInput(querySchema, queryObject(request)) as object) : {}),
    ...(bodySchema ? (parseInput(bodySchema, await readJson(request, spec.maxBody)) as object) : {}),
  };
}

export function respond<R>(
  result: R,
  status: number | ((result: R) => number) | undefined,
  headers?: Record<string, string>,
): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new NextResponse(null, { status: 204, headers });
  const code = typeof status === "function" ? status(result) : (status ?? 200);
  return NextResponse.json(result, { status: code, headers });
}

/**
 * A route handler as one declaration: CSRF check on state-changing methods, the request context
 * built once (who, from where, which language), the permission, params/query/body validated by the
 * shared zod schemas (422 with field paths, in the person's language), one domain operation, its
 * DTO and status. Every thrown error leaves in the one wire shape, its words made here.
 */
export function route<
  P extends Permission | "public",
  R,
  Pa extends AnySchema = never,
  Q extends AnySchema = never,
  B extends AnySchema = never,
>(spec: RouteSpec<P, R, Pa, Q, B>): (request: Request, context: unknown) => Promise<Response> {
  return async (request, context) => {
    let ctx: RequestContext | undefined;
    try {
      assertSameOrigin(request);
      ctx = await anonymousContext(request.headers);
      if (spec.permission !== "public") await withStaff(ctx, spec.permission);
      if (spec.stepUp) await requireRecentSecondFactor();
      const input = await readInput(request, context, ctx, spec);
      const result = await spec.run(ctx as ContextFor<P>, input as Input<Pa> & Input<Q> & Input<B>);
      return respond(result, spec.status, spec.headers);
    } catch (error) {
      return errorResponse(error, { locale: ctx?.locale, requestId: ctx?.requestId });
    }
  };
}

/** The `[id]` segment of most routes. Any string: an id that names nothing is a 404 from the operation. */
export const idParams = z.object({ id: z.string() });

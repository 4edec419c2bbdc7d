import { authenticateApiKey, type ApiCaller } from "@/lib/api-keys/authenticate-api-key";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { errorResponse } from "./error-response";
import { readInput, respond, type AnySchema, type Input, type Source } from "./handle-route";
import { anonymousContext, type Actor, type RequestContext } from "./request-context";

/** A call of a merchant system: the request context, acting for the key's creator. */
export type ApiContext = RequestContext & { actor: Actor; apiCaller: ApiCaller };

export type ApiRouteSpec<R, Pa extends AnySchema, Q extends AnySchema, B extends AnySchema> = {
  /** The scope the key must hold (lib/api-keys/scopes.ts). */
  scope: ApiScope;
  params?: Source<Pa>;
  query?: Source<Q>;
  body?: Source<B>;
  run: (ctx: ApiContext, input: Input<Pa> & Input<Q> & Input<B>, request: Request) => Promise<R>;
  status?: number | ((result: R) => number);
};

/**
 * A route handler of `/api/v1`, for a merchant's own systems: the caller is the API key of
 * `Authorization: Bearer` (never a session cookie, so no cross-site check is needed: a browser
 * cannot attach the header for another site), then the same validation, operation and error
 * shape as the console's routes (lib/http/handle-route.ts).
 */
export function apiRoute<
  R,
  Pa extends AnySchema = never,
  Q extends AnySchema = never,
  B extends AnySchema = never,
>(spec: ApiRouteSpec<R, Pa, Q, B>): (request: Request, context: unknown) => Promise<Response> {
  return async (request, context) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await anonymousContext(request.headers);
      const apiCaller = await authenticateApiKey(ctx.db, request.headers.get("authorization"), spec.scope);
      const apiCtx = Object.assign(ctx, { actor: apiCaller.actor, apiCaller });
      const input = await readInput(request, context, apiCtx, spec);
      const result = await spec.run(apiCtx, input as Input<Pa> & Input<Q> & Input<B>, request);
      return respond(result, spec.status);
    } catch (error) {
      return errorResponse(error, { locale: ctx?.locale, requestId: ctx?.requestId });
    }
  };
}

import { NextRequest } from "next/server";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import { declaredLength, readLimitedBody } from "./read-body";

/**
 * Puts a handler Caisse does not write (next-auth's) behind the same rule as its own routes: a
 * body is read no further than `limit` bytes, and a larger one is refused 413 before the handler
 * sees anything. The handler then gets a request carrying the bytes already read.
 */
export function withBodyLimit<C>(
  handler: (request: NextRequest, context: C) => Promise<Response>,
  limit: number,
): (request: NextRequest, context: C) => Promise<Response> {
  return async (request, context) => {
    if (!request.body) return handler(request, context);
    const tooLarge = new AppError("payload_too_large", { limit });
    if ((declaredLength(request) ?? 0) > limit) return errorResponse(tooLarge);
    const { bytes, truncated } = await readLimitedBody(request, limit);
    if (truncated) return errorResponse(tooLarge);
    const replayed = new NextRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body: bytes as BodyInit,
    });
    return handler(replayed, context);
  };
}

import type { EndpointKey } from "./endpoints";
import { createGatewayError } from "./errors";
import { creationResponseSchema } from "./schemas";

/**
 * Turns a `"00"` answer into what the operation needs, or into GatewayInvalidResponseError.
 * A `"00"` creation without a token is the worst case: LigdiCash accepted something we can
 * never check, so its outcome is unknown.
 */

export function readCreation(endpoint: EndpointKey, answer: Record<string, unknown>) {
  const parsed = creationResponseSchema.safeParse(answer);
  if (parsed.success) return parsed.data;
  throw createGatewayError("invalid_response", {
    endpoint,
    outcomeUnknown: true,
    reason: "no_token",
    cause: parsed.error,
  });
}

export function readStatus<T>(
  endpoint: EndpointKey,
  answer: Record<string, unknown>,
  map: (body: unknown) => T,
): T {
  try {
    return map(answer);
  } catch (cause) {
    // A status check created nothing: its outcome is never "unknown".
    throw createGatewayError("invalid_response", {
      endpoint,
      outcomeUnknown: false,
      reason: "no_status",
      cause,
    });
  }
}

/** An http(s) URL in response_text (hosted payment page, operator-redirect page), or null. */
export function readHttpUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

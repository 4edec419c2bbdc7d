import "server-only";
import { ENDPOINTS, type EndpointKey } from "./endpoints";
import { extractSubCode, lookupSubCode } from "./error-codes";
import { LigdicashError, createGatewayError } from "./errors";
import { envelopeSchema } from "./schemas";

/**
 * The one function that talks to LigdiCash. It returns the parsed body of a `"00"` answer and
 * throws a LigdicashError for everything else:
 * - `"01"` (any non-"00") + `Echec (CodeXX)` → the error of this endpoint's table (docs/ligdicash-contract.md §2.4, §5);
 * - connection failure → GatewayNetworkError, no answer in time → GatewayTimeoutError,
 *   non-2xx → GatewayHttpError, not JSON / no response_code → GatewayInvalidResponseError.
 * For creations, `outcomeUnknown` says whether the request may have been processed.
 */

export type Transport = {
  /** Absolute, ending with "/" so endpoint paths resolve under `/pay/v01/`. */
  baseUrl: string;
  apiKey: string;
  authToken: string;
  timeoutMs: number;
  fetch: typeof fetch;
};

export type RequestOptions = { body?: unknown; token?: string };

export async function requestLigdicash(
  transport: Transport,
  endpoint: EndpointKey,
  options: RequestOptions = {},
): Promise<Record<string, unknown>> {
  const spec = ENDPOINTS[endpoint];
  const creation = spec.creation;
  const url = new URL(spec.path, transport.baseUrl);
  if ("tokenParam" in spec && options.token !== undefined)
    url.searchParams.set(spec.tokenParam, options.token);

  let response: Response;
  let text: string;
  const deadline = startDeadline(transport.timeoutMs);
  try {
    response = await transport.fetch(url, {
      method: spec.method,
      headers: {
        Apikey: transport.apiKey,
        Authorization: `Bearer ${transport.authToken}`,
        Accept: "application/json",
        "Content-Type": "application/json",
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: deadline.signal,
      // A followed redirect would turn a POST into a body-less GET; a redirect is a configuration error.
      redirect: "manual",
      cache: "no-store",
    });
    if (!response.ok) throw httpError(endpoint, creation, response);
    text = await response.text();
  } catch (error) {
    if (error instanceof LigdicashError) throw error;
    throw fetchFailure(endpoint, creation, error);
  } finally {
    deadline.clear();
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw createGatewayError("invalid_response", {
      endpoint,
      outcomeUnknown: creation,
      reason: "not_json",
      cause,
    });
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const cause = envelope.error;
    throw createGatewayError("invalid_response", {
      endpoint,
      outcomeUnknown: creation,
      reason: "no_envelope",
      cause,
    });
  }
  const { response_code: code, response_text: responseText } = envelope.data;
  if (code !== "00") {
    // A "01" is a definite refusal: nothing was created, whatever the sub-code.
    const subCode = extractSubCode(responseText);
    const errorCode = lookupSubCode(spec.subCodes, subCode);
    throw createGatewayError(errorCode, { endpoint, subCode, responseText, outcomeUnknown: false });
  }
  return envelope.data;
}

/**
 * 5xx and 408 may come after the server acted (a proxy timing out in front of it), and 409 says
 * something already exists: unknown. Other statuses (3xx, 4xx) are refusals before processing.
 */
function httpError(endpoint: EndpointKey, creation: boolean, response: Response): LigdicashError {
  const status = response.status;
  const unknown = status >= 500 || status === 408 || status === 409;
  const location = response.headers.get("location");
  return createGatewayError("http_error", {
    endpoint,
    httpStatus: status,
    outcomeUnknown: creation && unknown,
    reason: location ? `redirect:${location}` : null,
  });
}

// Failures where no connection was ever made, so the request cannot have been processed.
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

function fetchFailure(endpoint: EndpointKey, creation: boolean, error: unknown): LigdicashError {
  if (isTimeout(error)) {
    return createGatewayError("timeout", { endpoint, outcomeUnknown: creation, cause: error });
  }
  const codes = collectErrorCodes(error);
  const neverSent = codes.length > 0 && codes.every((code) => NEVER_SENT.has(code));
  return createGatewayError("network_error", {
    endpoint,
    outcomeUnknown: creation && !neverSent,
    reason: codes.join(",") || null,
    cause: error,
  });
}

/**
 * Aborts the call (headers and body) after `ms`, and lets go of its timer as soon as the call is
 * over. Not AbortSignal.timeout: its timer lives the full timeout whatever happens, and a timer
 * keeps the async context it was created in — inside Next.js, the whole request (response,
 * stores, after() callbacks). At 600 callbacks/s with a 15 s timeout that held ~9,000 finished
 * requests and 1 GB of heap, and the long GC pauses that come with it.
 */
function startDeadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No answer within ${ms} ms`, "TimeoutError")),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Our deadline aborts with a DOMException named TimeoutError; undici's own
  // headers/body timeouts come as causes of "fetch failed" (the request was sent).
  if (error.name === "TimeoutError") return true;
  const codes = collectErrorCodes(error);
  return codes.includes("UND_ERR_HEADERS_TIMEOUT") || codes.includes("UND_ERR_BODY_TIMEOUT");
}

/** undici wraps the system error: TypeError("fetch failed", { cause }), cause may be an AggregateError. */
function collectErrorCodes(error: unknown, depth = 0): string[] {
  if (depth > 3 || typeof error !== "object" || error === null) return [];
  const codes: string[] = [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string") codes.push(code);
  codes.push(...collectErrorCodes(cause, depth + 1));
  if (Array.isArray(errors)) for (const inner of errors) codes.push(...collectErrorCodes(inner, depth + 1));
  return codes;
}

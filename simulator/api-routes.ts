import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { REQUEST_LOG_LIMIT, type RecordedRequest, type SimContext } from "./context";
import { confirmPayin, confirmPayout } from "./endpoints/confirm";
import { createHostedPayin, createDirectPayin } from "./endpoints/create-payin";
import { createClientPayout, createMerchantPayout } from "./endpoints/create-payout";
import type { ApiRequest, EndpointHandler } from "./endpoints/types";
import type { FaultRule } from "./faults";
import { flatHeaders, parseJson, readBody, sendError, sendJson, sendText } from "./http";
import { CODES, failure, type ApiResult, type EndpointId } from "./responses";

// The LigdiCash API surface: route table, authentication, request log and injected faults.

type Route = { endpoint: EndpointId; path: string; methods: readonly string[]; handler: EndpointHandler };

const ROUTES: readonly Route[] = [
  {
    endpoint: "E1",
    path: "/pay/v01/redirect/checkout-invoice/create",
    methods: ["POST"],
    handler: createHostedPayin,
  },
  {
    endpoint: "E2",
    path: "/pay/v01/straight/checkout-invoice/create",
    methods: ["POST"],
    handler: createDirectPayin,
  },
  {
    endpoint: "E5",
    path: "/pay/v01/redirect/checkout-invoice/confirm",
    methods: ["GET", "POST"],
    handler: confirmPayin,
  },
  { endpoint: "E6", path: "/pay/v01/withdrawal/create", methods: ["POST"], handler: createClientPayout },
  { endpoint: "E7", path: "/pay/v01/straight/payout", methods: ["POST"], handler: createMerchantPayout },
  { endpoint: "E8", path: "/pay/v01/withdrawal/confirm", methods: ["GET", "POST"], handler: confirmPayout },
  {
    endpoint: "E9",
    path: "/pay/v01/straight/payout/confirm",
    methods: ["GET", "POST"],
    handler: confirmPayout,
  },
];

export const isApiPath = (pathname: string) => /^\/pay\/v0\d\//.test(pathname);

/** Paths are matched with and without a trailing slash (the SDKs use `confirm/?…`, docs/ligdicash-contract.md §10.1). */
function findRoute(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ROUTES.find((route) => route.path === path);
}

/**
 * Both `Apikey` and `Authorization: Bearer <token>` must match, else Code00 (docs/ligdicash-contract.md §2.1). With the
 * `keysValid` switch off, nothing matches: the keys were revoked on LigdiCash's side.
 */
function isAuthenticated(sim: SimContext, req: IncomingMessage): boolean {
  if (!sim.settings.merchant.keysValid) return false;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim();
  return req.headers.apikey === sim.config.apiKey && bearer === sim.config.authToken;
}

function record(sim: SimContext, entry: RecordedRequest) {
  sim.requestLog.push(entry);
  if (sim.requestLog.length > REQUEST_LOG_LIMIT)
    sim.requestLog.splice(0, sim.requestLog.length - REQUEST_LOG_LIMIT);
}

export async function handleApi(sim: SimContext, req: IncomingMessage, res: ServerResponse, url: URL) {
  const rawBody = await readBody(req);
  const body = parseJson(rawBody);
  const route = findRoute(url.pathname);
  const entry: RecordedRequest = {
    id: (sim.requestLog.at(-1)?.id ?? 0) + 1,
    at: new Date().toISOString(),
    endpoint: route?.endpoint ?? null,
    method: req.method ?? "GET",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flatHeaders(req),
    body: body ?? (rawBody === "" ? null : rawBody),
    response: null,
    fault: null,
  };
  record(sim, entry);
  const answer = (result: ApiResult) => {
    entry.response = { status: result.status, body: result.body };
    sendJson(res, result.status, result.body);
  };

  if (!route) {
    entry.response = { status: 404, body: null };
    return sendError(res, 404, "not_found", `no LigdiCash endpoint at ${url.pathname}`);
  }
  const fault = sim.faults.take(route.endpoint);
  entry.fault = fault?.kind ?? null;
  const run = (): ApiResult =>
    execute(sim, route, req, {
      endpoint: route.endpoint,
      method: entry.method,
      query: url.searchParams,
      body,
    });

  if (!fault) return answer(run());
  if (fault.kind === "delay") {
    const result = fault.processed ? run() : undefined;
    await pause(sim, fault.delayMs);
    return answer(result ?? run());
  }
  if (fault.processed) run(); // executed, but the caller never sees the answer
  applyFault(fault, res, entry);
}

function execute(sim: SimContext, route: Route, req: IncomingMessage, request: ApiRequest): ApiResult {
  if (!route.methods.includes(request.method)) {
    // createInvoice has a documented "invalid method" sub-code (docs/ligdicash-contract.md §5.1); payouts do not.
    if (route.endpoint === "E1" || route.endpoint === "E2")
      return failure(route.endpoint, CODES.payin.invalidMethod);
    return {
      status: 405,
      body: { error: { code: "method_not_allowed", message: `use ${route.methods.join("/")}` } },
    };
  }
  if (!isAuthenticated(sim, req)) return failure(route.endpoint, "00");
  return route.handler(sim, request);
}

const PROXY_ERROR_PAGE = (status: number) => {
  const title = `${status} ${STATUS_CODES[status] ?? "Error"}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
};
const GARBAGE_PAGE =
  "<!DOCTYPE html><html><head><title>LigdiCash</title></head><body><p>Service momentanément indisponible." +
  " Veuillez réessayer plus tard.</p></body></html>";

/** Answers as the fault says: a proxy 5xx page, a non-JSON 200, or nothing at all (hang). */
function applyFault(fault: FaultRule, res: ServerResponse, entry: RecordedRequest) {
  if (fault.kind === "hang") return; // the socket stays open until the client gives up or we close
  const status = fault.kind === "status" ? fault.status : 200;
  const text = fault.body ?? (fault.kind === "status" ? PROXY_ERROR_PAGE(status) : GARBAGE_PAGE);
  entry.response = { status, body: text };
  sendText(res, status, "text/html; charset=UTF-8", text);
}

function pause(sim: SimContext, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sim.timers.delete(timer);
      resolve();
    }, ms);
    sim.timers.add(timer);
  });
}

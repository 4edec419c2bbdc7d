import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimulatorControls } from "./controls";
import { parseJson, readBody, sendError, sendJson } from "./http";
import { isOperatorKey } from "./operators";
import type { EndpointId } from "./responses";
import { SimulatorError } from "./settlement";
import { isRecord, type JsonObject } from "./validation";

// HTTP face of the simulator-only controls: JSON under /_sim/… (documented in README.md).

type Input = { body: JsonObject; query: URLSearchParams; params: string[] };
type ControlRoute = {
  methods: readonly string[];
  path: RegExp;
  run: (c: SimulatorControls, input: Input) => unknown;
};

const SET = ["PUT", "POST"] as const;

/** HTTP bodies may name our id `transaction_id` (as in custom_data) or `transactionId`. */
const withRef = (body: JsonObject) => ({ ...body, transactionId: body.transactionId ?? body.transaction_id });

const ROUTES: readonly ControlRoute[] = [
  { methods: ["GET"], path: /^health$/, run: (c) => c.health() },
  {
    methods: ["POST"],
    path: /^reset$/,
    run: (c) => {
      c.reset();
      return c.health();
    },
  },
  {
    methods: ["GET"],
    path: /^transactions$/,
    run: (c, { query }) =>
      c.transactions({
        status: (query.get("status") ?? undefined) as never,
        kind: (query.get("kind") ?? undefined) as never,
        transactionId: query.get("transaction_id") ?? query.get("transactionId") ?? undefined,
      }),
  },
  {
    methods: ["GET"],
    path: /^transactions\/([^/]+)$/,
    run: (c, { params }) => {
      const tx = c.transaction({ token: params[0] });
      if (!tx) throw new SimulatorError("not_found", "no transaction with this token", 404);
      return tx;
    },
  },
  { methods: ["POST"], path: /^settle$/, run: (c, { body }) => c.settle(withRef(body) as never) },
  {
    methods: ["POST"],
    path: /^callbacks\/send$/,
    run: (c, { body }) => c.sendCallback(withRef(body) as never),
  },
  { methods: ["GET"], path: /^callbacks$/, run: (c) => c.callbacks() },
  { methods: ["GET"], path: /^callback-behaviour$/, run: (c) => c.callbackBehaviour() },
  { methods: SET, path: /^callback-behaviour$/, run: (c, { body }) => c.setCallbackBehaviour(body) },
  { methods: ["GET"], path: /^faults$/, run: (c) => c.faults() },
  { methods: ["POST"], path: /^faults$/, run: (c, { body }) => c.addFault(body as never) },
  {
    methods: ["DELETE"],
    path: /^faults$/,
    run: (c) => {
      c.clearFaults();
      return c.faults();
    },
  },
  {
    methods: ["DELETE"],
    path: /^faults\/(\d+)$/,
    run: (c, { params }) => ({ removed: c.removeFault(Number(params[0])) }),
  },
  { methods: ["GET"], path: /^balances$/, run: (c) => c.balances() },
  {
    methods: SET,
    path: /^balances$/,
    run: (c, { body }) => {
      // { "orange_bf": 1000, "moov_bf": null } — several sub-accounts at once.
      for (const [operator, amount] of Object.entries(body)) {
        if (!isOperatorKey(operator))
          throw new SimulatorError("invalid", `unknown operator ${operator}`, 422);
        c.setBalance(operator, amount as number | null);
      }
      return c.balances();
    },
  },
  { methods: ["GET"], path: /^wallets$/, run: (c) => c.wallets() },
  { methods: ["POST"], path: /^wallets$/, run: (c, { body }) => c.addWallet(body as never) },
  {
    methods: ["DELETE"],
    path: /^wallets\/(\d+)$/,
    run: (c, { params }) => ({ removed: c.removeWallet(params[0] ?? "") }),
  },
  { methods: SET, path: /^status-answer$/, run: (c, { body }) => c.setStatusAnswer(withRef(body) as never) },
  { methods: ["GET"], path: /^merchant$/, run: (c) => c.merchant() },
  { methods: SET, path: /^merchant$/, run: (c, { body }) => c.setMerchant(body) },
  { methods: ["GET"], path: /^limits$/, run: (c) => c.limits() },
  { methods: SET, path: /^limits$/, run: (c, { body }) => c.setLimits(body) },
  { methods: ["GET"], path: /^auto-settle$/, run: (c) => c.autoSettle() },
  { methods: SET, path: /^auto-settle$/, run: (c, { body }) => c.setAutoSettle(body) },
  {
    methods: ["GET"],
    path: /^requests$/,
    run: (c, { query }) =>
      c.requests({ endpoint: (query.get("endpoint") ?? undefined) as EndpointId | undefined }),
  },
  {
    methods: ["DELETE"],
    path: /^requests$/,
    run: (c) => {
      c.clearRequests();
      return [];
    },
  },
];

export async function handleControl(
  controls: SimulatorControls,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const sub = url.pathname.replace(/^\/_sim\/?/, "").replace(/\/+$/, "");
  const method = req.method ?? "GET";
  const candidates = ROUTES.filter((route) => route.path.test(sub));
  const route = candidates.find((candidate) => candidate.methods.includes(method));
  if (!route) {
    if (candidates.length > 0)
      return sendError(res, 405, "method_not_allowed", `${method} not allowed on ${url.pathname}`);
    return sendError(res, 404, "not_found", `no simulator control at ${url.pathname}`);
  }
  const text = await readBody(req);
  const parsed = parseJson(text);
  if (text.trim() !== "" && !isRecord(parsed))
    return sendError(res, 400, "bad_json", "body must be a JSON object");
  const params = (route.path.exec(sub) ?? []).slice(1).map((param) => decodeURIComponent(param));
  try {
    const result = await route.run(controls, {
      body: isRecord(parsed) ? parsed : {},
      query: url.searchParams,
      params,
    });
    sendJson(res, 200, result ?? null);
  } catch (error) {
    if (error instanceof SimulatorError) return sendError(res, error.status, error.code, error.message);
    throw error;
  }
}

import type { LigdicashConfig } from "@/lib/ligdicash/types";

/** A recorded request, as the fake `fetch` saw it. */
export type RecordedRequest = { url: URL; method: string; headers: Headers; body: unknown };

type Reply = Response | Error | ((request: RecordedRequest, signal: AbortSignal | null) => Promise<Response>);

/** A `fetch` that answers from a queue (or a function) and records every request. */
export function createFakeFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const queue = [...replies];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    const request = { url, method: init.method ?? "GET", headers: new Headers(init.headers), body };
    requests.push(request);
    const reply = queue.length > 1 ? queue.shift() : queue[0];
    if (reply === undefined) throw new Error("fake fetch: no reply queued");
    if (reply instanceof Error) throw reply;
    if (typeof reply === "function") return reply(request, init.signal ?? null);
    return reply.clone();
  };
  return { fetch, requests };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** Never answers; rejects with the signal's reason when the client's timeout fires. */
export function hangUntilAborted(_request: RecordedRequest, signal: AbortSignal | null): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

/** What undici throws when a socket dies: TypeError("fetch failed") with the system error as cause. */
export function fetchFailed(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
}

export function refusal(subCode: string, wiki = "https://client.ligdicash.com/wiki/createInvoice") {
  return jsonResponse({
    response_code: "01",
    token: "",
    response_text: `Echec (Code${subCode})`,
    description: "",
    wiki,
  });
}

export const TEST_CONFIG: LigdicashConfig = {
  baseUrl: "https://ligdicash.test/pay/v01/",
  apiKey: "test-api-key",
  authToken: "test-auth-token",
  timeoutMs: 30,
  minAmount: 20,
  maxAmount: 1_000_000,
  store: { name: "DemoShop", websiteUrl: "https://shop.example.org" },
  callbackUrl: "https://api.example.org/ligdicash/cb",
  statusRetry: { baseDelayMs: 1, maxDelayMs: 2 },
};

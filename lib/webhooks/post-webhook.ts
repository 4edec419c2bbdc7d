import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "./private-network";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const ANSWER_KEPT = 500;

export type PostResult = { statusCode: number | null; durationMs: number; answer: string };

/**
 * The address look-up the connection itself uses: the check happens on the very address connected
 * to, so a name that resolved to a public address when the endpoint was saved and to 127.0.0.1
 * now (DNS rebinding) is still refused.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses;
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (refused)
        return callback(
          Object.assign(new Error(`private address ${refused.address}`), { code: "EPRIVATE" }),
          "",
          0,
        );
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * One POST of a signed event: 10 s for the whole exchange, redirects never followed (a 3xx is a
 * failure, as Standard Webhooks asks), the first 500 characters of the answer kept for the
 * deliveries page. Never throws: a network failure is a result without a status code.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return finish({ statusCode: null, answer: "invalid URL" });
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
        lookup: guardedLookup(allowPrivate),
      },
      (response) => {
        let answer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (answer.length < ANSWER_KEPT) answer += chunk;
        });
        response.on("end", () =>
          finish({ statusCode: response.statusCode ?? null, answer: answer.slice(0, ANSWER_KEPT) }),
        );
        response.on("error", (error) =>
          finish({ statusCode: response.statusCode ?? null, answer: error.message }),
        );
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`));
    }, WEBHOOK_TIMEOUT_MS);
    request.on("error", (error) => finish({ statusCode: null, answer: error.message }));
    // A literal IP address is connected to without a look-up: checked here instead.
    const host = target.hostname.replace(/^\[|\]$/g, "");
    if (!allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
      request.destroy(new Error(`private address ${host}`));
      return;
    }
    request.end(body);
  });
}

import type { CallbackBehaviour } from "./settings";
import { isPayin, type Transaction, type TxKind, type TxStatus } from "./state";
import { payinCallbackPayload, payoutCallbackPayload, toFormBody, truthOf, type Claim } from "./payloads";

// Callback delivery (docs/ligdicash-contract.md §7): each event is POSTed twice, once as JSON and once
// form-encoded. Delivery runs in the background — the request that settled the transaction is
// answered first — and every attempt is recorded (never thrown) for GET /_sim/callbacks.

const DELIVERY_TIMEOUT_MS = 10_000;
const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";

export type CallbackReason = "settlement" | "manual" | "forged";

export type CallbackRecord = {
  id: number;
  at: string;
  /** Creation token of the transaction (not the token in the body). */
  token: string;
  transactionId: string;
  kind: TxKind;
  reason: CallbackReason;
  url: string;
  contentType: typeof JSON_TYPE | typeof FORM_TYPE;
  body: string;
  claimedStatus: TxStatus;
  /** The transaction's real status when the callback was built. */
  actualStatus: TxStatus;
  forged: boolean;
  /** Not sent because callbacks are switched off (`never`). */
  dropped: boolean;
  httpStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
};

export type DispatchOptions = {
  reason: CallbackReason;
  /** What the callback claims; defaults to the truth. */
  claim?: Claim;
  /** Manual sends ignore `deliver: false` and `delayMs` but keep order and copies. */
  ignoreSwitches?: boolean;
};

type Deps = {
  behaviour: () => CallbackBehaviour;
  /** A fresh JWT for callback bodies (never the creation token, docs/ligdicash-contract.md §2.5). */
  mintToken: (family: "invoice" | "finance") => string;
  log: (line: string) => void;
};

export class CallbackDispatcher {
  private readonly history: CallbackRecord[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = new AbortController();
  private nextId = 1;

  constructor(private readonly deps: Deps) {}

  /** Starts delivery in the background; the returned promise resolves with this event's records. */
  dispatch(tx: Transaction, options: DispatchOptions): Promise<CallbackRecord[]> {
    const task = this.deliver(tx, options).catch((error: unknown) => {
      this.deps.log(`callback for ${tx.requestId} failed: ${String(error)}`);
      return [];
    });
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    return task;
  }

  /** Copies of the recorded deliveries, all or one transaction's (filtered before copying: a
   * benchmark asks after each of tens of thousands of settlements). */
  records(filter?: { token?: string }): CallbackRecord[] {
    const token = filter?.token;
    return (token ? this.history.filter((r) => r.token === token) : this.history).map((record) => ({
      ...record,
    }));
  }

  /** Resolves once every started delivery (including late ones) has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Abandons pending deliveries (late timers, slow receivers) and forgets the history. */
  reset() {
    this.closing.abort();
    this.closing = new AbortController();
    this.history.length = 0;
  }

  close() {
    this.closing.abort();
  }

  private async deliver(tx: Transaction, options: DispatchOptions): Promise<CallbackRecord[]> {
    if (!tx.callbackUrl) {
      this.deps.log(`no callback_url for ${tx.requestId}: nothing to send`);
      return [];
    }
    const behaviour = this.deps.behaviour();
    const claim = options.claim ?? truthOf(tx);
    const token = isPayin(tx.kind)
      ? behaviour.payinToken === "jwt"
        ? this.deps.mintToken("invoice")
        : ""
      : this.deps.mintToken("finance");
    // Built now, so a late callback still describes the event it announces.
    const payload = isPayin(tx.kind)
      ? payinCallbackPayload(tx, claim, token)
      : payoutCallbackPayload(tx, claim, token);
    const variants = [
      { contentType: JSON_TYPE, body: JSON.stringify(payload) },
      { contentType: FORM_TYPE, body: toFormBody(payload) },
    ] as const;
    const ordered = behaviour.order === "form-first" ? [variants[1], variants[0]] : [...variants];
    const base = {
      token: tx.token,
      transactionId: tx.transactionId,
      kind: tx.kind,
      reason: options.reason,
      url: tx.callbackUrl,
      claimedStatus: claim.status,
      actualStatus: tx.status,
      forged: claim.status !== tx.status,
    };
    const signal = this.closing.signal;
    const results: CallbackRecord[] = [];

    if (!behaviour.deliver && !options.ignoreSwitches) {
      for (const variant of ordered) results.push(this.record({ ...base, ...variant, dropped: true }));
      return results;
    }
    if (behaviour.delayMs > 0 && !options.ignoreSwitches) await sleep(behaviour.delayMs, signal);
    if (signal.aborted) return results;
    for (let copy = 0; copy < Math.max(1, behaviour.copies); copy += 1) {
      for (const variant of ordered) {
        const outcome = await post(tx.callbackUrl, variant, signal);
        // Reset or close abandoned this delivery: do not record into the next run's history.
        if (signal.aborted) return results;
        results.push(this.record({ ...base, ...variant, dropped: false, ...outcome }));
      }
    }
    return results;
  }

  private record(
    fields: Omit<CallbackRecord, "id" | "at" | "httpStatus" | "responseBody" | "error" | "durationMs"> &
      Partial<CallbackRecord>,
  ): CallbackRecord {
    const record: CallbackRecord = {
      id: this.nextId++,
      at: new Date().toISOString(),
      ...fields,
      httpStatus: fields.httpStatus ?? null,
      responseBody: fields.responseBody ?? null,
      error: fields.error ?? null,
      durationMs: fields.durationMs ?? 0,
    };
    this.history.push(record);
    if (record.error) this.deps.log(`callback ${record.contentType} to ${record.url}: ${record.error}`);
    return record;
  }
}

type PostResult = Pick<CallbackRecord, "httpStatus" | "responseBody" | "error" | "durationMs">;

async function post(
  url: string,
  variant: { contentType: string; body: string },
  closing: AbortSignal,
): Promise<PostResult> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  if (!/^https?:\/\//i.test(url)) {
    return { httpStatus: null, responseBody: null, error: "callback URL is not http(s)", durationMs: 0 };
  }
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": variant.contentType, "user-agent": "LigdiCash-Simulator/1.0" },
      body: variant.body,
      redirect: "manual",
      signal: AbortSignal.any([closing, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
    });
    const text = await response.text();
    const error = response.ok ? null : `HTTP ${response.status}`;
    return { httpStatus: response.status, responseBody: text.slice(0, 500), error, durationMs: elapsed() };
  } catch (error) {
    // undici hides the reason (ECONNREFUSED, timeout…) in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const message = error instanceof Error ? `${error.name}: ${error.message}${cause}` : String(error);
    return { httpStatus: null, responseBody: null, error: message, durationMs: elapsed() };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

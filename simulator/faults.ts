import type { EndpointId } from "./responses";

// Injected failures for API requests (simulator-only). A rule applies to the next `count`
// matching requests (or until cleared); the first matching rule wins.

export type FaultKind = "delay" | "status" | "garbage" | "hang";

export type FaultInput = {
  kind: FaultKind;
  /** Endpoints the rule applies to (docs/ligdicash-contract.md §3 ids); omitted = every API endpoint. */
  endpoints?: EndpointId[];
  /** Number of matching requests to affect; omitted = until cleared. */
  count?: number;
  /** `delay`: milliseconds to wait before answering. */
  delayMs?: number;
  /** `status`: HTTP status to answer (default 502). */
  status?: number;
  /** `garbage`/`status`: body to send instead of the default HTML. */
  body?: string;
  /**
   * Whether the request is executed (transaction created, balance debited…) before the fault
   * shapes the answer. Default true for `delay` (a slow answer), false for the others (the
   * request never reached LigdiCash). `processed: true` with `hang`/`status` reproduces the
   * "outcome unknown" case: the payout exists but the caller never learnt its token.
   */
  processed?: boolean;
};

export type FaultRule = {
  id: number;
  kind: FaultKind;
  endpoints: EndpointId[] | null;
  remaining: number | null;
  delayMs: number;
  status: number;
  body: string | null;
  processed: boolean;
  hits: number;
};

export class FaultRegistry {
  private rules: FaultRule[] = [];
  private nextId = 1;

  add(input: FaultInput): FaultRule {
    const rule: FaultRule = {
      id: this.nextId++,
      kind: input.kind,
      endpoints: input.endpoints && input.endpoints.length > 0 ? [...input.endpoints] : null,
      remaining: input.count ?? null,
      delayMs: input.delayMs ?? (input.kind === "delay" ? 1000 : 0),
      status: input.status ?? 502,
      body: input.body ?? null,
      processed: input.processed ?? input.kind === "delay",
      hits: 0,
    };
    this.rules.push(rule);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear() {
    this.rules = [];
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length !== before;
  }

  /** The rule to apply to this request, consuming one use of it. */
  take(endpoint: EndpointId): FaultRule | undefined {
    const rule = this.rules.find(
      (candidate) => !candidate.endpoints || candidate.endpoints.includes(endpoint),
    );
    if (!rule) return undefined;
    rule.hits += 1;
    if (rule.remaining !== null) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    }
    return { ...rule };
  }
}

import "server-only";
import pg from "pg";
import { reconnectDelay } from "@/lib/db/reconnect-delay";
import { CHANGES_CHANNEL, type Change } from "./notify-change";

/**
 * One LISTEN connection per app process, fanned out in memory to this process's live-update
 * streams. Every instance LISTENs, so a change committed through any instance reaches every
 * open page. The connection is a dedicated `pg` client (never a pooled one: LISTEN is per
 * session); it reconnects with backoff when PostgreSQL restarts, and then tells subscribers to
 * resynchronise (notifications sent while it was down are lost — the pages refetch instead).
 * A database reached through something that does not carry notifications across connections (a
 * connection pooler in transaction mode) would leave the pages waiting for nothing: a probe
 * detects it and the hub reports `unavailable`, so pages poll instead.
 */
export type HubEvent =
  { type: "change"; change: Change } | { type: "resync" } | { type: "mode"; mode: HubMode };
export type HubMode = "connecting" | "live" | "unavailable";
type Subscriber = (event: HubEvent) => void;

const PROBE_TIMEOUT_MS = 3_000;

export class ChangeHub {
  mode: HubMode = "connecting";
  private readonly subscribers = new Set<Subscriber>();
  private client: pg.Client | null = null;
  private readonly retryDelay = reconnectDelay();
  private started = false;
  private stopped = false;
  private probeId: string | null = null;
  private probeResolve: (() => void) | null = null;
  private connectedOnce = false;

  constructor(private readonly connectionString: string) {}

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    if (!this.started) {
      this.started = true;
      void this.connect();
    }
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private emit(event: HubEvent): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(event);
      } catch {
        /* a broken stream must not stop the others */
      }
    }
  }

  private setMode(mode: HubMode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    this.emit({ type: "mode", mode });
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: "caisse-live",
    });
    this.client = client;
    client.on("notification", (message) => this.onNotification(message.payload));
    client.on("error", () => undefined); // followed by "end"
    client.on("end", () => this.onLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      const delivered = await this.probe();
      if (!delivered) {
        // Connected, but a notification sent from another connection never arrived.
        this.setMode("unavailable");
        this.stopped = true;
        await client.end().catch(() => undefined);
        return;
      }
      this.retryDelay.reset();
      if (this.connectedOnce) this.emit({ type: "resync" });
      this.connectedOnce = true;
      this.setMode("live");
    } catch {
      await client.end().catch(() => undefined);
    }
  }

  private onLost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.setMode("connecting");
    setTimeout(() => void this.connect(), this.retryDelay.next()).unref();
  }

  /** Sends a notification from ANOTHER connection and waits for it on ours. */
  private async probe(): Promise<boolean> {
    this.probeId = `probe-${crypto.randomUUID()}`;
    const arrived = new Promise<void>((resolve) => (this.probeResolve = resolve));
    const sender = new pg.Client({
      connectionString: this.connectionString,
      application_name: "caisse-live-probe",
    });
    try {
      await sender.connect();
      await sender.query("SELECT pg_notify($1, $2)", [
        CHANGES_CHANNEL,
        JSON.stringify({ probe: this.probeId }),
      ]);
    } finally {
      await sender.end().catch(() => undefined);
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)),
    );
    const result = await Promise.race([arrived.then(() => true), timeout]);
    clearTimeout(timer);
    this.probeId = null;
    this.probeResolve = null;
    return result;
  }

  private onNotification(payload: string | undefined): void {
    if (!payload) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    if (typeof parsed !== "object" || parsed === null) return;
    const record = parsed as Record<string, unknown>;
    if (typeof record.probe === "string") {
      if (record.probe === this.probeId) this.probeResolve?.();
      return;
    }
    const entity = record.entity;
    if (
      (entity === "invoice" ||
        entity === "payout" ||
        entity === "payout_batch" ||
        entity === "ledger" ||
        entity === "callback") &&
      typeof record.id === "string"
    ) {
      this.emit({
        type: "change",
        change: {
          entity,
          id: record.id,
          ...(typeof record.status === "string" ? { status: record.status } : {}),
        },
      });
    }
  }
}

const globalForHub = globalThis as typeof globalThis & { caisseChangeHub?: ChangeHub };

/** The process's hub (kept on globalThis so dev reloads do not open a second connection). */
export function changeHub(connectionString: string): ChangeHub {
  globalForHub.caisseChangeHub ??= new ChangeHub(connectionString);
  return globalForHub.caisseChangeHub;
}

"use client";

/**
 * Live updates for staff pages: one EventSource on /api/live per tab; each verified change
 * invalidates the TanStack Query keys of its entity, so open pages refetch within a second.
 * When the stream is unavailable (a pooler or proxy cutting it, the network) the same keys
 * are invalidated by polling instead — pages never break, they just update a little later.
 *
 * QUERY-KEY CONVENTION (follow it and your page updates live with no extra code):
 *   ["invoices"]                 every invoice list        ["invoices", id]  one invoice
 *   ["payouts"]                  every payout/refund list  ["payouts", id]   one payout
 *   ["ledger"]                   balances and journals (any key starting with "ledger")
 *   ["callbacks"]                callback deliveries (lists and details)
 *   ["payoutBatches"]            bulk payouts (lists, one batch, its lines): batch and payout changes
 *   ["overview"], ["transactions"]  pages that summarise money movements
 * Invalidation is by prefix: a change to invoice X invalidates ["invoices"] (so ["invoices", X]
 * and ["invoices", "list", …] too), plus ["overview"], ["transactions"] and ["callbacks"]; a payout
 * change invalidates ["invoices"] too (a refund changes its invoice's state). A ledger change
 * invalidates ["ledger"] and ["overview"]. Put the entity name FIRST in every key.
 */
import { useEffect, useSyncExternalStore } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";

type Change = {
  entity: "invoice" | "payout" | "payout_batch" | "ledger" | "callback";
  id: string;
  status?: string;
};
export type LiveMode = "connecting" | "live" | "polling";

const POLL_MS = 5_000;
const FLUSH_MS = 150;
const ALL_KEYS = [
  "invoices",
  "payouts",
  "payoutBatches",
  "ledger",
  "callbacks",
  "overview",
  "transactions",
] as const;

const KEYS_BY_ENTITY: Record<Change["entity"], readonly string[]> = {
  invoice: ["invoices", "overview", "transactions", "callbacks"],
  // A refund moves its invoice's display state (paid → partially refunded → refunded).
  // A batch's progress is its lines' payouts.
  payout: ["payouts", "payoutBatches", "invoices", "overview", "transactions", "callbacks"],
  payout_batch: ["payoutBatches"],
  ledger: ["ledger", "overview"],
  callback: ["callbacks"],
};

// The connection state, shared with any component that wants to show it (useLiveMode).
let mode: LiveMode = "connecting";
const modeListeners = new Set<() => void>();
function setMode(next: LiveMode) {
  if (mode === next) return;
  mode = next;
  for (const listener of modeListeners) listener();
}

export function useLiveMode(): LiveMode {
  return useSyncExternalStore(
    (listener) => {
      modeListeners.add(listener);
      return () => modeListeners.delete(listener);
    },
    () => mode,
    () => "connecting",
  );
}

function createInvalidator(client: QueryClient) {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (keys: readonly string[]) => {
    for (const key of keys) pending.add(key);
    timer ??= setTimeout(() => {
      timer = undefined;
      const batch = [...pending];
      pending.clear();
      for (const key of batch) void client.invalidateQueries({ queryKey: [key] });
    }, FLUSH_MS);
  };
}

/** Opens the stream for as long as the calling component is mounted (mount it once, in the shell). */
export function useLiveUpdates(): void {
  const client = useQueryClient();
  useEffect(() => {
    const invalidate = createInvalidator(client);
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const startPolling = () => {
      setMode("polling");
      poll ??= setInterval(() => invalidate(ALL_KEYS), POLL_MS);
    };
    const stopPolling = () => {
      if (poll) clearInterval(poll);
      poll = undefined;
    };
    const onMode = (value: string, reconnected: boolean) => {
      if (value === "live") {
        stopPolling();
        setMode("live");
        if (reconnected) invalidate(ALL_KEYS); // changes may have happened while we were away
      } else startPolling();
    };
    let wasDown = false;
    const open = () => {
      if (disposed) return;
      source = new EventSource("/api/live");
      source.addEventListener("hello", (e) => {
        onMode((JSON.parse((e as MessageEvent<string>).data) as { mode: string }).mode, wasDown);
        wasDown = false;
      });
      source.addEventListener("mode", (e) =>
        onMode((JSON.parse((e as MessageEvent<string>).data) as { mode: string }).mode, true),
      );
      source.addEventListener("resync", () => invalidate(ALL_KEYS));
      source.addEventListener("change", (e) => {
        const change = JSON.parse((e as MessageEvent<string>).data) as Change;
        invalidate(KEYS_BY_ENTITY[change.entity] ?? ALL_KEYS);
      });
      source.onerror = () => {
        wasDown = true;
        startPolling();
        // The browser retries by itself unless the server refused (401/403/500): then retry later.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(open, 15_000);
        }
      };
    };
    open();
    return () => {
      disposed = true;
      source?.close();
      stopPolling();
      if (reopen) clearTimeout(reopen);
    };
  }, [client]);
}

/** Mounted once in the dashboard layout, inside QueryProvider. Renders nothing. */
export function LiveUpdates(): null {
  useLiveUpdates();
  return null;
}

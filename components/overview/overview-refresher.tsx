"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";

const KEY = ["overview", "refresh"] as const;
const FALLBACK_MS = 60_000;

/**
 * The overview is rendered on the server; this keeps it current. The live-update provider
 * invalidates keys starting with "overview" when money moves: a marker entry under that key
 * hears the invalidation from the query cache and re-renders the page on the server
 * (router.refresh). A cache subscription rather than useQuery keeps the page's first JavaScript
 * ~3 kB lighter (no query observer). Every 60 s as a fallback.
 */
export function OverviewRefresher() {
  const router = useRouter();
  const client = useQueryClient();
  useEffect(() => {
    // Kept while the page is open (no observer would otherwise let it be garbage-collected).
    client.setQueryDefaults(KEY, { gcTime: Infinity });
    client.setQueryData(KEY, Date.now());
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (
        event.type !== "updated" ||
        event.action.type !== "invalidate" ||
        event.query.queryKey[1] !== KEY[1] ||
        event.query.queryKey[0] !== KEY[0]
      )
        return;
      // Fresh data clears the invalidated flag, so the next change is heard too.
      queueMicrotask(() => client.setQueryData(KEY, Date.now()));
      router.refresh();
    });
    const timer = setInterval(() => router.refresh(), FALLBACK_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
      client.removeQueries({ queryKey: KEY, exact: true });
    };
  }, [client, router]);
  return null;
}

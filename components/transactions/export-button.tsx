"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type State =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number }
  | { phase: "done"; total: number }
  | { phase: "failed"; message: string };

/** Reads the export stream itself so it can show progress: rows counted (line breaks) against the
 * total the server announces in X-Total-Count, then hands the file to the browser. */
async function runExport(
  url: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ blob: Blob; name: string; total: number }> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(payload?.error?.message ?? response.statusText);
  }
  const total = Number(response.headers.get("X-Total-Count") ?? 0);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "transactions.csv";
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) if (byte === 10) lines += 1;
    // The header line is not a row; a line break inside a quoted text only makes the bar run ahead.
    onProgress(Math.min(Math.max(lines - 1, 0), total), total);
  }
  return { blob: new Blob(chunks, { type: "text/csv;charset=utf-8" }), name, total };
}

export function ExportButtons({ query }: { query: string }) {
  const t = useTranslations("transactions");
  const [state, setState] = useState<State>({ phase: "idle" });

  async function start(format: "csv" | "excel") {
    const params = new URLSearchParams(query);
    params.set("format", format);
    setState({ phase: "running", done: 0, total: 0 });
    try {
      const file = await runExport(`/api/transactions/export?${params.toString()}`, (done, total) =>
        setState({ phase: "running", done, total }),
      );
      const link = document.createElement("a");
      link.href = URL.createObjectURL(file.blob);
      link.download = file.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setState({ phase: "done", total: file.total });
    } catch (error) {
      setState({ phase: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const running = state.phase === "running";
  return (
    <div className="flex flex-wrap items-center gap-3" aria-live="polite">
      <span className="text-sm font-medium text-ink">{t("export.title")}</span>
      <Button variant="secondary" disabled={running} onClick={() => void start("csv")}>
        {t("export.csv")}
      </Button>
      <Button variant="secondary" disabled={running} onClick={() => void start("excel")}>
        {t("export.excel")}
      </Button>
      {state.phase === "running" ? (
        <span className="flex items-center gap-2 text-xs text-ink-muted">
          <progress className="h-2 w-32 accent-brand-700" max={state.total || 1} value={state.done} />
          {t("export.progress", { done: state.done, total: state.total })}
        </span>
      ) : null}
      {state.phase === "done" ? (
        <span className="text-xs text-success">{t("export.done", { total: state.total })}</span>
      ) : null}
      {state.phase === "failed" ? (
        <span role="alert" className="text-xs text-danger">
          {t("export.failed", { message: state.message })}
        </span>
      ) : null}
    </div>
  );
}

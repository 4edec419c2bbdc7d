"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countByStatus } from "@/lib/go-live/types";
import { useGoLiveCheck } from "@/lib/hooks/go-live";
import { CheckItem } from "./check-item";

/** The go-live checks, run when the page opens and again on demand. */
export function GoLiveReport() {
  const t = useTranslations("goLive");
  const format = useFormatter();
  const { data, error, isFetching, refetch } = useGoLiveCheck();
  const simulator = data?.results.find((result) => result.id === "simulator" && result.code === "simulator");
  const counts = data ? countByStatus(data.results) : null;

  return (
    <div className="space-y-4">
      {simulator ? (
        <div
          role="alert"
          className="rounded-xl border-2 border-warning bg-warning-soft px-5 py-4 text-warning"
          data-testid="simulator-banner"
        >
          <p className="text-base font-semibold">{t("simulatorBanner.title")}</p>
          <p className="mt-1 text-sm">{t("simulatorBanner.text")}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div aria-live="polite" className="text-sm text-ink-muted">
          {isFetching ? (
            t("running")
          ) : data && counts ? (
            <>
              <p className="font-medium text-ink">{t("summary", counts)}</p>
              <p>
                {t("ranAt", {
                  at: format.dateTime(new Date(data.ranAt), "precise"),
                })}
              </p>
            </>
          ) : null}
        </div>
        <Button onClick={() => void refetch()} disabled={isFetching}>
          {data ? t("rerun") : t("run")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-4 py-3 text-sm text-danger">
          {t("error", { message: error.message })}
        </p>
      ) : null}
      {data ? (
        <Card>
          <ul className="divide-y divide-surface-line" aria-busy={isFetching}>
            {data.results.map((result) => (
              <CheckItem key={result.id} result={result} />
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

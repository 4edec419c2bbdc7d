"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useDeliveries, useResendDelivery } from "@/lib/hooks/webhooks";
import type { DeliveryDto } from "@/lib/webhooks/list-deliveries";
import { eventKey } from "./event-label";

const TONE = { delivered: "success", pending: "warning", failed: "danger" } as const;

/** The newest deliveries, refreshed every few seconds, each with what every attempt got back. */
export function DeliveriesList({ search, initial }: { search: string; initial: DeliveryDto[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const { data: deliveries } = useDeliveries(search, initial);
  const resend = useResendDelivery();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium" });

  if (deliveries.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("noDeliveries")}</p>;
  return (
    <ol className="divide-y divide-surface-line" data-testid="webhook-deliveries">
      {deliveries.map((delivery) => (
        <li key={delivery.id} className="space-y-2 px-5 py-4 text-sm" data-testid="webhook-delivery">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium text-ink">{t(`event.${eventKey(delivery.eventType)}`)}</span>
            <Badge tone={TONE[delivery.status]}>{t(`outcome.${delivery.status}`)}</Badge>
          </div>
          <p className="break-all text-ink-muted">{delivery.endpointUrl}</p>
          <p className="text-ink-muted">
            {t("attemptsCount", { count: delivery.attempts })}
            {delivery.nextAttemptAt ? ` · ${t("nextAttempt", { date: when(delivery.nextAttemptAt) })}` : ""}
          </p>
          {delivery.log.length > 0 ? (
            <ul className="space-y-1">
              {delivery.log.map((attempt) => (
                <li key={attempt.at} className="rounded bg-surface-sunken px-2 py-1">
                  <span className="text-ink">
                    {when(attempt.at)} ·{" "}
                    {attempt.statusCode === null
                      ? t("noAnswer")
                      : t("answered", { code: attempt.statusCode })}{" "}
                    · {t("duration", { ms: attempt.durationMs })}
                  </span>
                  {attempt.answer ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-ink-muted">{t("answer")}</summary>
                      <pre className="mt-1 whitespace-pre-wrap break-all font-mono text-xs text-ink">
                        {attempt.answer}
                      </pre>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <Button variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate(delivery.id)}>
            {t("resend")}
          </Button>
        </li>
      ))}
    </ol>
  );
}

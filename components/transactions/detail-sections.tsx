import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { TransactionDetail } from "@/lib/transaction-history/get-transaction";
import { StatusBadge } from "./status-badge";

const when = {
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Africa/Ouagadougou",
} as const;

function Json({ value }: { value: unknown }) {
  return (
    <pre className="mt-1 max-h-64 overflow-auto rounded-lg bg-surface-sunken p-3 text-xs leading-relaxed text-ink">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function Empty({ text }: { text: string }) {
  return <p className="px-5 py-5 text-sm text-ink-muted">{text}</p>;
}

export async function ExchangesCard({ exchanges }: { exchanges: TransactionDetail["exchanges"] }) {
  const [t, format] = await Promise.all([getTranslations("transactions"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("detail.exchanges")} hint={t("detail.exchangesHint")} />
      {exchanges.length === 0 ? <Empty text={t("detail.noExchanges")} /> : null}
      <ol className="divide-y divide-surface-line">
        {exchanges.map((x) => (
          <li key={x.id} className="px-5 py-4 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-ink">{x.operation}</span>
              {x.httpStatus ? (
                <Badge tone={x.httpStatus < 400 ? "success" : "danger"}>HTTP {x.httpStatus}</Badge>
              ) : null}
              {x.errorCode ? <Badge tone="danger">{x.errorCode}</Badge> : null}
              <span className="text-xs text-ink-muted">
                {format.dateTime(x.startedAt, when)}
                {x.durationMs !== null ? ` · ${x.durationMs} ms` : ""}
              </span>
            </div>
            <div className="mt-2 grid gap-3 lg:grid-cols-2">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-ink-muted">
                  {t("detail.sent")}
                </p>
                <Json value={x.request} />
              </div>
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-ink-muted">
                  {t("detail.answer")}
                </p>
                {x.response === null ? (
                  <p className="mt-1 text-xs text-warning">{t("detail.noAnswer")}</p>
                ) : (
                  <Json value={x.response} />
                )}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export async function CallbacksCard({ callbacks }: { callbacks: TransactionDetail["callbacks"] }) {
  const [t, format] = await Promise.all([getTranslations("transactions"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("detail.callbacks")} hint={t("detail.callbacksHint")} />
      {callbacks.length === 0 ? <Empty text={t("detail.noCallbacks")} /> : null}
      <ol className="divide-y divide-surface-line">
        {callbacks.map((c) => (
          <li key={c.id} className="px-5 py-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge
                tone={
                  c.outcome === "applied"
                    ? "success"
                    : c.outcome === "flagged" || c.outcome === "error"
                      ? "danger"
                      : "neutral"
                }
              >
                {c.outcome}
              </Badge>
              <span className="text-xs text-ink-muted">
                {format.dateTime(c.receivedAt, when)} · {c.contentType}
                {c.sourceIp ? ` · ${c.sourceIp}` : ""}
              </span>
            </div>
            <p className="mt-1 text-xs text-ink-muted">
              {t("detail.claimed", { status: c.claimedStatus ?? "—" })} ·{" "}
              {t("detail.verified", { status: c.verifiedStatus ?? "—" })}
              {c.flagReason ? ` · ${c.flagReason}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export async function RefundsCard({
  refunds,
  locale,
}: {
  refunds: TransactionDetail["refunds"];
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("transactions"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("detail.refunds")} />
      {refunds.length === 0 ? <Empty text={t("detail.noRefunds")} /> : null}
      <ul className="divide-y divide-surface-line">
        {refunds.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm">
            <div>
              <Link
                href={`/transactions/${r.id}`}
                className="font-medium text-ink hover:text-brand-700 hover:underline"
              >
                {r.reason}
              </Link>
              <p className="text-xs text-ink-muted">
                {t("detail.requestedBy")} {r.requestedBy.name} · {format.dateTime(r.createdAt, when)}
                {r.decidedBy && r.decidedAt
                  ? ` · ${t("detail.decidedBy")} : ${t("detail.decision", { name: r.decidedBy.name, date: format.dateTime(r.decidedAt, when) })}`
                  : ""}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <StatusBadge kind="payout" status={r.status} />
              <span className="font-medium tabular-nums text-danger">− {formatXof(r.amount, locale)}</span>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export async function LedgerCard({
  journals,
  locale,
}: {
  journals: TransactionDetail["journals"];
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("transactions"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("detail.ledger")} />
      {journals.length === 0 ? <Empty text={t("detail.noLedger")} /> : null}
      {journals.map((j) => (
        <div key={j.id} className="border-b border-surface-line px-5 py-3 text-sm last:border-b-0">
          <p className="text-ink">{j.description}</p>
          <p className="text-xs text-ink-muted">
            {format.dateTime(j.postedAt, when)} · {j.postingKey}
          </p>
          <table className="mt-2 w-full text-xs">
            <tbody>
              {j.entries.map((e) => (
                <tr key={String(e.id)}>
                  <td className="py-0.5 font-mono text-ink-muted">{e.account}</td>
                  <td
                    className={`py-0.5 text-right tabular-nums ${e.amount < 0 ? "text-danger" : "text-ink"}`}
                  >
                    {formatXof(e.amount, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Card>
  );
}

export async function AuditCard({ audit }: { audit: TransactionDetail["audit"] }) {
  const [t, ta, format] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("audit"),
    getFormatter(),
  ]);
  return (
    <Card>
      <CardHeader title={t("detail.audit")} />
      {audit.length === 0 ? <Empty text={t("detail.noAudit")} /> : null}
      <ol className="divide-y divide-surface-line">
        {audit.map((a) => (
          <li key={String(a.id)} className="px-5 py-3 text-sm">
            <p className="text-ink">{ta.has(`actions.${a.action}`) ? ta(`actions.${a.action}`) : a.action}</p>
            <p className="text-xs text-ink-muted">
              {format.dateTime(a.createdAt, when)}
              {a.actorEmail ? ` · ${t("detail.by", { who: a.actorEmail })}` : ""}
              {a.ip ? ` · ${a.ip}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}

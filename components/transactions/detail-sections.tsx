import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditEntry } from "@/components/audit/audit-entry";
import { FlagReason } from "@/components/callbacks/flag-reason";
import { OutcomeBadge } from "@/components/callbacks/outcome-badge";
import { accountLabel } from "@/components/ledger/account-label";
import { journalTitle } from "@/components/ledger/journal-title";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { RawJson, TechnicalDetails } from "@/components/ui/technical-details";
import type { Locale } from "@/i18n/config";
import { formatSignedXof, formatXof } from "@/lib/money";
import type { TransactionDetail } from "@/lib/transaction-history/get-transaction";
import { StatusBadge } from "./status-badge";

function Empty({ text }: { text: string }) {
  return <p className="px-5 py-5 text-sm text-ink-muted">{text}</p>;
}

/**
 * What Caisse asked LigdiCash and how it went, in words. The bodies themselves (tokens included)
 * only under "Détails techniques", and only when `technical` (managers and admins).
 */
export async function ExchangesCard({
  exchanges,
  technical,
}: {
  exchanges: TransactionDetail["exchanges"];
  technical: boolean;
}) {
  const [t, tg, format] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("gateway"),
    getFormatter(),
  ]);
  const operation = (name: string) =>
    tg.has(`operations.${name}`) ? tg(`operations.${name}`) : tg("operations.other");
  return (
    <Card>
      <CardHeader title={t("detail.exchanges")} hint={t("detail.exchangesHint")} />
      {exchanges.length === 0 ? <Empty text={t("detail.noExchanges")} /> : null}
      <ol className="divide-y divide-surface-line">
        {exchanges.map((x) => (
          <li key={x.id} className="px-5 py-4 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-ink">{operation(x.operation)}</span>
              {x.errorCode ? (
                <Badge tone="danger">{t("exchange.failed")}</Badge>
              ) : x.response === null ? (
                <Badge tone="warning">{t("exchange.noAnswer")}</Badge>
              ) : (
                <Badge tone="success">{t("exchange.ok")}</Badge>
              )}
              <span className="text-xs text-ink-muted">
                {format.dateTime(x.startedAt, "precise")}
                {x.durationMs !== null ? ` · ${t("exchange.duration", { ms: x.durationMs })}` : ""}
              </span>
            </div>
            {x.errorCode ? (
              <p className="mt-1 text-xs text-danger">
                {tg.has(`errors.${x.errorCode}`) ? tg(`errors.${x.errorCode}`) : tg("errors.api_error")}
              </p>
            ) : null}
            {technical ? (
              <TechnicalDetails className="mt-2">
                <p className="font-mono text-ink-muted">
                  {x.operation}
                  {x.httpStatus ? ` · HTTP ${x.httpStatus}` : ""}
                  {x.errorCode ? ` · ${x.errorCode}` : ""}
                </p>
                <p className="font-medium text-ink-muted">{t("detail.sent")}</p>
                <RawJson value={x.request} />
                <p className="font-medium text-ink-muted">{t("detail.answer")}</p>
                {x.response === null ? (
                  <p className="text-warning">{t("detail.noAnswer")}</p>
                ) : (
                  <RawJson value={x.response} />
                )}
              </TechnicalDetails>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

export async function CallbacksCard({
  callbacks,
  technical,
}: {
  callbacks: TransactionDetail["callbacks"];
  technical: boolean;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("callbacks"),
    getFormatter(),
  ]);
  const status = (value: string | null) =>
    value === null
      ? "—"
      : tc.has(`statuses.${value}`)
        ? tc(`statuses.${value}`)
        : tc("otherStatus", { word: value });
  return (
    <Card>
      <CardHeader title={t("detail.callbacks")} hint={t("detail.callbacksHint")} />
      {callbacks.length === 0 ? <Empty text={t("detail.noCallbacks")} /> : null}
      <ol className="divide-y divide-surface-line">
        {callbacks.map((c) => (
          <li key={c.id} className="px-5 py-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <OutcomeBadge outcome={c.outcome} />
              <span className="text-xs text-ink-muted">{format.dateTime(c.receivedAt, "precise")}</span>
            </div>
            <p className="mt-1 text-xs text-ink-muted">
              {t("detail.claimed", { status: status(c.claimedStatus) })} ·{" "}
              {t("detail.verified", { status: status(c.verifiedStatus) })}
            </p>
            {c.flagReason ? <FlagReason reason={c.flagReason} className="mt-1" /> : null}
            {technical ? (
              <TechnicalDetails className="mt-2">
                <p className="font-mono text-ink-muted">
                  {c.outcome} · {c.contentType}
                  {c.sourceIp ? ` · ${c.sourceIp}` : ""}
                  {c.flagReason ? ` · ${c.flagReason}` : ""}
                </p>
                <RawJson value={c.body} />
              </TechnicalDetails>
            ) : null}
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
            <div className="min-w-0">
              <Link
                href={`/transactions/${r.id}`}
                className="font-medium text-ink hover:text-brand-700 hover:underline"
              >
                {r.reason}
              </Link>
              <p className="text-xs text-ink-muted">
                <span className="tabular-nums">{r.number}</span> · {t("detail.requestedBy")}{" "}
                {r.requestedBy.name} · {format.dateTime(r.createdAt, "moment")}
                {r.decidedBy && r.decidedAt
                  ? ` · ${t("detail.decidedBy")} : ${t("detail.decision", { name: r.decidedBy.name, date: format.dateTime(r.decidedAt, "moment") })}`
                  : ""}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <StatusBadge kind="payout" status={r.status} />
              <span className="font-medium tabular-nums text-danger">{formatXof(-r.amount, locale)}</span>
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
  technical,
}: {
  journals: TransactionDetail["journals"];
  locale: Locale;
  technical: boolean;
}) {
  const [t, tl, format] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("ledger"),
    getFormatter(),
  ]);
  return (
    <Card>
      <CardHeader title={t("detail.ledger")} />
      {journals.length === 0 ? <Empty text={t("detail.noLedger")} /> : null}
      {journals.map((j) => (
        <div key={j.id} className="border-b border-surface-line px-5 py-3 text-sm last:border-b-0">
          <p className="text-ink">{journalTitle(j, tl)}</p>
          <p className="text-xs text-ink-muted">{format.dateTime(j.postedAt, "moment")}</p>
          <table className="mt-2 w-full text-xs">
            <tbody>
              {j.entries.map((e) => (
                <tr key={String(e.id)}>
                  <td className="py-0.5 text-ink-muted">{accountLabel(e.account, tl)}</td>
                  <td
                    className={`py-0.5 text-right tabular-nums ${e.amount < 0 ? "text-danger" : "text-success"}`}
                  >
                    {formatSignedXof(e.amount, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {technical ? (
            <TechnicalDetails className="mt-2">
              <p className="break-all font-mono text-ink-muted">{j.postingKey}</p>
              <ul className="font-mono text-ink-muted">
                {j.entries.map((e) => (
                  <li key={String(e.id)} className="break-all">
                    {e.account} {e.amount}
                  </li>
                ))}
              </ul>
            </TechnicalDetails>
          ) : null}
        </div>
      ))}
    </Card>
  );
}

/** Who did what to this transaction. Rendered only for roles allowed the audit trail. */
export async function AuditCard({ audit }: { audit: TransactionDetail["audit"] }) {
  const t = await getTranslations("transactions");
  return (
    <Card>
      <CardHeader title={t("detail.audit")} />
      {audit.length === 0 ? <Empty text={t("detail.noAudit")} /> : null}
      <ol className="divide-y divide-surface-line" data-testid="transaction-audit">
        {audit.map((a) => (
          <li key={String(a.id)} className="px-5 py-3 text-sm">
            <AuditEntry action={a.action} createdAt={a.createdAt} actorEmail={a.actorEmail} ip={a.ip} />
          </li>
        ))}
      </ol>
    </Card>
  );
}

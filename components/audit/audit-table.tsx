import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { RawJson, TechnicalDetails } from "@/components/ui/technical-details";
import type { AuditRow } from "@/lib/audit/list-audit";
import { formatXof } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import { AuditActionName, IpAddress } from "./audit-entry";
import { changeLines } from "./audit-lines";

/** Where each kind of target lives in the console. */
const targetHref: Record<string, (id: string) => string> = {
  invoice: (id) => `/invoices/${id}`,
  payout: (id) => `/payouts/${id}`,
  user: () => "/users",
  ledger_journal: () => "/ledger",
  callback: () => "/callbacks",
  setting: () => "/payouts",
};

const AMOUNT_FIELDS = new Set([
  "amount",
  "totalAmount",
  "verifiedAmount",
  "approvalThreshold",
  "approvalRollingTotal",
  "sentWithoutApproval",
]);

export async function AuditTable({ rows, technical }: { rows: AuditRow[]; technical: boolean }) {
  const [t, tc, ts, tcb, tp, ti, format, locale] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common"),
    getTranslations("status"),
    getTranslations("callbacks"),
    getTranslations("payouts"),
    getTranslations("invoices"),
    getFormatter(),
    getLocale(),
  ]);
  if (rows.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("empty")}</p>;
  const word = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  /** One value in words: amounts, roles, statuses and codes through their own messages. */
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (typeof v === "boolean")
      return t(`values.${field === "active" ? (v ? "active" : "inactive") : v ? "yes" : "no"}`);
    if (typeof v === "number" && AMOUNT_FIELDS.has(field)) return formatXof(v, locale === "en" ? "en" : "fr");
    if (Array.isArray(v)) return v.map((item) => value(field, item)).join(", ");
    // A nested value has no sentence of its own: the whole record is under "Détails techniques".
    if (typeof v !== "string" && typeof v !== "number") return "—";
    const text = String(v);
    const named: Record<string, () => string> = {
      role: () => (tc.has(`roles.${text}`) ? tc(`roles.${text}`) : text),
      status: () =>
        ts.has(`payout.${text}`)
          ? ts(`payout.${text}`)
          : ts.has(`invoice.${text}`)
            ? ts(`invoice.${text}`)
            : text,
      verifiedStatus: () => (tcb.has(`statuses.${text}`) ? tcb(`statuses.${text}`) : text),
      outcome: () => (tcb.has(`outcomes.${text}`) ? tcb(`outcomes.${text}`) : text),
      channel: () => (ti.has(`channel.${text}`) ? ti(`channel.${text}`) : text),
      purpose: () => (tp.has(`purposes.${text}`) ? tp(`purposes.${text}`) : text),
      destination: () => (tp.has(`destinations.${text}`) ? tp(`destinations.${text}`) : text),
      recipientSource: () => (tp.has(`sources.${text}`) ? tp(`sources.${text}`) : text),
      approvalReasons: () => (tp.has(`approvalReasons.${text}`) ? tp(`approvalReasons.${text}`) : text),
      operator: () => operatorLabel(text),
      recipientPhone: () => formatPhone(text),
      reason: () => word(`values.reasons.${text}`, text),
      expiresAt: () => format.dateTime(new Date(text), "moment"),
      revokedAt: () => format.dateTime(new Date(text), "moment"),
    };
    return named[field]?.() ?? text;
  };
  return (
    <Table data-testid="audit-table">
      <TableHead>
        <Th>{t("columns.when")}</Th>
        <Th>{t("columns.actor")}</Th>
        <Th>{t("columns.action")}</Th>
        <Th>{t("columns.target")}</Th>
        <Th>{t("columns.ip")}</Th>
        <Th>{t("columns.change")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const lines = changeLines(row.before, row.after, (field) => t.has(`fields.${field}`));
          const href =
            row.targetType && row.targetId ? targetHref[row.targetType]?.(row.targetId) : undefined;
          const target = row.targetType
            ? `${word(`targets.${row.targetType}`, t("targets.other"))}${row.targetNumber ? ` ${row.targetNumber}` : ""}`
            : "—";
          return (
            <Tr key={row.id} data-testid="audit-row" className="align-top">
              <Td className="whitespace-nowrap text-ink-muted">
                {format.dateTime(new Date(row.createdAt), "moment")}
              </Td>
              <Td label={t("columns.actor")} className="text-ink [overflow-wrap:anywhere]">
                {row.actorEmail ?? t("system")}
              </Td>
              <Td label={t("columns.action")} className="font-medium text-ink">
                <AuditActionName action={row.action} />
              </Td>
              <Td label={t("columns.target")} className="text-ink-muted">
                {href ? (
                  <Link
                    href={href}
                    className="text-brand-700 hover:underline"
                    title={row.targetId ?? undefined}
                  >
                    {target}
                  </Link>
                ) : (
                  target
                )}
              </Td>
              <Td label={t("columns.ip")} className="text-xs text-ink-muted">
                <IpAddress ip={row.ip} />
              </Td>
              <Td label={t("columns.change")} stacked className="text-xs text-ink-muted md:max-w-sm">
                <ul className="space-y-0.5">
                  {lines.map((line) => (
                    <li key={line.field}>
                      {t("changeLine", {
                        field: t(`fields.${line.field}`),
                        change: `${line.before !== null ? `${value(line.field, line.before)} → ` : ""}${value(line.field, line.after)}`,
                      })}
                    </li>
                  ))}
                </ul>
                {technical && (row.before !== null || row.after !== null) ? (
                  <TechnicalDetails className="mt-1 text-left">
                    <RawJson value={{ before: row.before, after: row.after, target: row.targetId }} />
                  </TechnicalDetails>
                ) : null}
              </Td>
            </Tr>
          );
        })}
      </TableBody>
    </Table>
  );
}

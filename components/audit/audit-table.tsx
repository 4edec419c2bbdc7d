import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/audit/list-audit";

function describeChange(before: unknown, after: unknown): string {
  const show = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));
  const [b, a] = [show(before), show(after)];
  return b && a ? `${b} → ${a}` : a || b;
}

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  if (rows.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="px-5 py-2.5 font-medium">{t("columns.when")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.actor")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.action")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.target")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.ip")}</th>
            <th className="px-5 py-2.5 font-medium">{t("columns.change")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <td className="whitespace-nowrap px-5 py-2.5 text-ink-muted">
                {format.dateTime(new Date(row.createdAt), { dateStyle: "short", timeStyle: "medium" })}
              </td>
              <td className="px-3 py-2.5 text-ink">{row.actorEmail ?? t("system")}</td>
              <td className="px-3 py-2.5 text-ink">
                {t.has(`actions.${row.action}`) ? t(`actions.${row.action}`) : row.action}
              </td>
              <td className="px-3 py-2.5 font-mono text-xs text-ink-muted">
                {row.targetType ? `${row.targetType}:${row.targetId}` : "—"}
              </td>
              <td className="px-3 py-2.5 font-mono text-xs text-ink-muted">{row.ip ?? "—"}</td>
              <td
                className="max-w-xs truncate px-5 py-2.5 font-mono text-xs text-ink-muted"
                title={describeChange(row.before, row.after)}
              >
                {describeChange(row.before, row.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

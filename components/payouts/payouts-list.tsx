"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PayoutDto } from "@/lib/payouts/payout-dto";
import type { PayoutFilters } from "@/lib/payouts/schemas";
import { PAYOUT_STATUSES } from "@/lib/statuses";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { usePayoutList } from "@/lib/hooks/payouts";
import { PayoutRows } from "./payout-rows";

type Props = {
  filters: PayoutFilters;
  initial: { rows: PayoutDto[]; nextCursor: string | null };
  currentStaffId: string;
};

/** The payouts list: status filter, keyset pages, refreshed while any row can still change. */
export function PayoutsList({ filters, initial, currentStaffId }: Props) {
  const t = useTranslations("payouts");
  const ts = useTranslations("status");
  const tc = useTranslations("common");
  const { data } = usePayoutList(filters, initial);
  const href = (patch: Partial<PayoutFilters>) => {
    const params = new URLSearchParams(
      Object.entries({ ...filters, cursor: undefined, ...patch }).filter(
        (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
      ),
    );
    return `/payouts?${params.toString()}`;
  };
  const chip = (active: boolean) =>
    `rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset ${active ? "bg-brand-700 text-white ring-brand-700" : "bg-surface text-ink-muted ring-surface-line hover:text-ink"}`;
  return (
    <>
      <FiltersPanel label={tc("filters")} active={filters.status ? 1 : 0}>
        <nav
          aria-label={t("filterStatus")}
          className="flex flex-wrap gap-2 border-b border-surface-line px-5 py-3"
        >
          <Link href={href({ status: undefined })} className={chip(!filters.status)}>
            {t("allStatuses")}
          </Link>
          {PAYOUT_STATUSES.map((status) => (
            <Link key={status} href={href({ status })} className={chip(filters.status === status)}>
              {ts(`payout.${status}`)}
            </Link>
          ))}
        </nav>
      </FiltersPanel>
      {data.rows.length === 0 ? (
        <p className="px-5 py-6 text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <PayoutRows rows={data.rows} currentStaffId={currentStaffId} />
      )}
      {filters.cursor || data.nextCursor ? (
        <nav className="flex justify-between border-t border-surface-line px-5 py-3 text-sm">
          {filters.cursor ? (
            <Link href={href({})} className="text-brand-700 hover:underline">
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {data.nextCursor ? (
            <Link href={href({ cursor: data.nextCursor })} className="text-brand-700 hover:underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** Manager's queue: requests waiting for a decision, oldest first. */
export function ApprovalQueue({
  initial,
  currentStaffId,
}: {
  initial: { rows: PayoutDto[]; nextCursor: string | null };
  currentStaffId: string;
}) {
  const { data } = usePayoutList({ status: "awaiting_approval" }, initial);
  if (data.rows.length === 0) return null;
  return <PayoutRows rows={data.rows} currentStaffId={currentStaffId} testId="approval-row" />;
}

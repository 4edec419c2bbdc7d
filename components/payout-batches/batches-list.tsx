"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { Locale } from "@/i18n/config";
import { apiFetch } from "@/lib/hooks/api-fetch";
import { formatXof } from "@/lib/money";
import type { PayoutBatchDto } from "@/lib/payout-batches/batch-dto";
import { BatchStatusBadge } from "./batch-status-badge";

/** The newest batches, each with how far its sending is; live like every staff list. */
export function BatchesList({ initial }: { initial: PayoutBatchDto[] }) {
  const t = useTranslations("payoutBatches");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const { data: batches } = useQuery({
    queryKey: ["payoutBatches", "list"],
    queryFn: async () => (await apiFetch<{ batches: PayoutBatchDto[] }>("/api/payout-batches")).batches,
    initialData: initial,
  });
  if (batches.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("list.empty")}</p>;
  return (
    <Table>
      <TableHead>
        <Th>{t("list.file")}</Th>
        <Th>{t("list.created")}</Th>
        <Th alignment="right">{t("list.lines")}</Th>
        <Th alignment="right">{t("list.total")}</Th>
        <Th>{t("list.progress")}</Th>
        <Th>{t("list.status")}</Th>
      </TableHead>
      <TableBody>
        {batches.map((b) => (
          <Tr key={b.id}>
            <Td className="break-all">
              <Link href={`/payout-batches/${b.id}`} className="font-medium text-brand-700 underline">
                {b.fileName}
              </Link>
            </Td>
            <Td label={t("list.created")}>
              {format.dateTime(new Date(b.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </Td>
            <Td label={t("list.lines")} alignment="right">
              {b.lineCount}
            </Td>
            <Td label={t("list.total")} alignment="right">
              {formatXof(b.total, locale)}
            </Td>
            <Td label={t("list.progress")}>
              {t("detail.progressLabel", { sent: b.progress.sent, lines: b.progress.lines })}
            </Td>
            <Td label={t("list.status")}>
              <BatchStatusBadge status={b.status} />
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}

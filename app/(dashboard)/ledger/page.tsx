import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LedgerView } from "@/components/ledger/ledger-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getLedgerPage } from "@/lib/ledger/get-ledger-page";
import { ledgerQuerySchema } from "@/lib/ledger/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LedgerPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("ledger:read");
  const raw = (await searchParams).cursor;
  // A hand-edited cursor shows the newest page rather than an error.
  const parsed = ledgerQuerySchema.safeParse({ cursor: Array.isArray(raw) ? raw[0] : raw });
  const cursor = parsed.success ? (parsed.data.cursor ?? null) : null;
  const [t, initial] = await Promise.all([
    getTranslations("ledger"),
    getLedgerPage(db(), cursor ?? undefined),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <LedgerView
        cursor={cursor}
        initial={initial}
        canReverse={can(staff.role, "ledger:reverse")}
        technical={can(staff.role, "gateway:details")}
      />
    </>
  );
}

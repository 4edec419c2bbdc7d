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
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // A hand-edited address shows the newest page and the oldest pending operations, not an error.
  const parsed = ledgerQuerySchema.safeParse({
    cursor: first(params.cursor),
    pending: first(params.pending),
  });
  const query = parsed.success ? parsed.data : {};
  const [t, initial] = await Promise.all([getTranslations("ledger"), getLedgerPage(db(), query)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <LedgerView
        view={{ cursor: query.cursor ?? null, allPending: query.pending === "all" }}
        initial={initial}
        canReverse={can(staff.role, "ledger:reverse")}
        technical={can(staff.role, "gateway:details")}
      />
    </>
  );
}

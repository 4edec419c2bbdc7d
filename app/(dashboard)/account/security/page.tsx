import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EnrolTwoFactor } from "@/components/account/enrol-two-factor";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { lookupStaff, requireStaffPage } from "@/lib/auth/current-staff";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/enrol";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.twoFactor"))("pageTitle") };
}

export default async function AccountSecurityPage() {
  const staff = await requireStaffPage("account:security");
  const [t, format, lookup, status] = await Promise.all([
    getTranslations("auth.twoFactor"),
    getFormatter(),
    lookupStaff(),
    getTwoFactorStatus(db(), staff.id),
  ]);
  const required = lookup.status === "signed_in" && lookup.secondFactor.required;
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("pageSubtitle")} />
      {required && !status.enabledAt ? (
        <p role="status" className="mb-4 rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning">
          {t("required")}
        </p>
      ) : null}
      <Card>
        <CardHeader
          title={status.enabledAt ? t("statusOn") : t("statusOff")}
          action={status.enabledAt ? <Badge tone="success">{t("statusOn")}</Badge> : null}
        />
        {status.enabledAt ? (
          <div className="space-y-2 p-5 text-sm text-ink-muted">
            <p>{t("enabledSince", { date: format.dateTime(status.enabledAt, "moment") })}</p>
            <p data-testid="recovery-left">{t("recoveryLeft", { count: status.recoveryCodesLeft })}</p>
            <p>{t("lostPhone")}</p>
          </div>
        ) : (
          <EnrolTwoFactor />
        )}
      </Card>
    </>
  );
}

import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LiveUpdates } from "@/components/live/live-updates";
import { QueryProvider } from "@/components/query-provider";
import { MobileNav, Sidebar } from "@/components/shell/sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { LowBalanceBanner } from "@/components/payouts/low-balance-banner";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { getLowBalances } from "@/lib/balance-alerts/get-balance-alerts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// The shell only shows who is signed in; each page checks its own permission (layouts are not
// re-run on client navigation, so they cannot guard pages). It asks only for a session: someone
// who must enrol a second factor first still sees the shell around the enrolment page.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [t, staff] = await Promise.all([getTranslations("common"), requireStaffPage("account:security")]);
  const config = env();
  const lowBalances = can(staff.role, "alerts:read") ? await getLowBalances(db()) : [];
  return (
    <NextIntlClientProvider>
      <QueryProvider>
        <LiveUpdates />
        <div className="flex min-h-dvh">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <Sidebar staff={staff} />
          <div className="flex min-w-0 flex-1 flex-col">
            <TopBar
              storeName={config.STORE_NAME}
              simulator={config.LIGDICASH_SIMULATOR === "1"}
              staff={staff}
            />
            <MobileNav staff={staff} />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
              <LowBalanceBanner low={lowBalances} canSetThresholds={can(staff.role, "alerts:manage")} />
              {children}
            </main>
          </div>
        </div>
      </QueryProvider>
    </NextIntlClientProvider>
  );
}

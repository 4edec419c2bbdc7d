import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Staff } from "@/lib/auth/current-staff";
import { Icon } from "./icons";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton, SignOutEverywhereButton } from "./sign-out-button";

export async function TopBar({
  storeName,
  simulator,
  staff,
}: {
  storeName: string;
  simulator: boolean;
  staff: Staff;
}) {
  const [t, ta] = await Promise.all([getTranslations("common"), getTranslations("auth")]);
  return (
    <header className="flex h-16 items-center justify-between gap-4 border-b border-surface-line bg-surface px-4 sm:px-6">
      <div className="flex min-w-0 items-center gap-3">
        <p className="truncate text-sm font-semibold text-ink">{storeName}</p>
        {simulator ? (
          <span title={t("simulatorHint")}>
            <Badge tone="warning">
              <Icon name="flask" className="h-3.5 w-3.5" />
              {t("simulator")}
            </Badge>
          </span>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <LocaleSwitcher />
        <div className="hidden text-right leading-tight sm:block" data-testid="current-staff">
          <p className="text-sm font-medium text-ink">{staff.name}</p>
          <p className="text-xs text-ink-muted">{t(`roles.${staff.role}`)}</p>
        </div>
        {/* On a phone it lives in the menu (components/shell/sidebar.tsx, MobileNav). */}
        <div className="hidden lg:block">
          <SignOutEverywhereButton label={ta("signOutEverywhere")} hint={ta("signOutEverywhereHint")} />
        </div>
        <SignOutButton label={ta("signOut")} />
      </div>
    </header>
  );
}

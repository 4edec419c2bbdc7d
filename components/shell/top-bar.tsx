import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Icon } from "./icons";
import { LocaleSwitcher } from "./locale-switcher";

export type ShellUser = { name: string; roleKey: "admin" | "manager" | "finance" | "viewer" };

export async function TopBar({ storeName, simulator, user }: { storeName: string; simulator: boolean; user: ShellUser | null }) {
  const t = await getTranslations("common");
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
      <div className="flex items-center gap-4">
        <LocaleSwitcher />
        {user ? (
          <div className="hidden text-right leading-tight sm:block">
            <p className="text-sm font-medium text-ink">{user.name}</p>
            <p className="text-xs text-ink-muted">{t(`roles.${user.roleKey}`)}</p>
          </div>
        ) : (
          <p className="text-xs text-ink-muted">{t("signInSoon")}</p>
        )}
      </div>
    </header>
  );
}

import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/current-staff";
import { BrandMark } from "./brand-mark";
import { SignOutEverywhereButton } from "./sign-out-button";
import { MobileMenu } from "./mobile-menu";
import { NavLinks, type NavLink } from "./nav-links";
import { navItems } from "./nav-items";

async function translatedLinks(
  staff: Staff,
): Promise<{ links: NavLink[]; label: string; menuLabel: string }> {
  const t = await getTranslations("nav");
  const links = navItems
    .filter((item) => can(staff.role, item.permission))
    .map((item) => ({ href: item.href, icon: item.icon, label: t(item.labelKey) }));
  return { label: t("label"), menuLabel: t("menu"), links };
}

export async function Sidebar({ staff }: { staff: Staff }) {
  const { links, label } = await translatedLinks(staff);
  return (
    <aside className="hidden w-60 shrink-0 flex-col border-r border-surface-line bg-surface lg:flex">
      <div className="flex h-16 items-center border-b border-surface-line px-5">
        <BrandMark />
      </div>
      <NavLinks links={links} label={label} />
    </aside>
  );
}

/** The same links behind one line, for screens too narrow for the sidebar (a strip of eight
 * links was cut off mid-word at 390 px), with who is signed in and "close all my sessions",
 * which the top bar has no room for on a phone. */
export async function MobileNav({ staff }: { staff: Staff }) {
  const [{ links, label, menuLabel }, tc, ta] = await Promise.all([
    translatedLinks(staff),
    getTranslations("common"),
    getTranslations("auth"),
  ]);
  return (
    <MobileMenu links={links} label={label} menuLabel={menuLabel}>
      <div className="flex items-center justify-between gap-3 border-t border-surface-line px-6 py-3">
        <div className="min-w-0 leading-tight">
          <p className="truncate text-sm font-medium text-ink">{staff.name}</p>
          <p className="text-xs text-ink-muted">{tc(`roles.${staff.role}`)}</p>
        </div>
        <SignOutEverywhereButton label={ta("signOutEverywhere")} hint={ta("signOutEverywhereHint")} />
      </div>
    </MobileMenu>
  );
}

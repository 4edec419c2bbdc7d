import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/current-staff";
import { Icon } from "./icons";
import { NavLinks, type NavLink } from "./nav-links";
import { navItems } from "./nav-items";

async function translatedLinks(staff: Staff): Promise<{ links: NavLink[]; label: string }> {
  const t = await getTranslations("nav");
  const links = navItems.filter((item) => can(staff.role, item.permission)).map((item) => ({ href: item.href, icon: item.icon, label: t(item.labelKey) }));
  return { label: t("label"), links };
}

export async function Sidebar({ staff }: { staff: Staff }) {
  const [{ links, label }, tc] = await Promise.all([translatedLinks(staff), getTranslations("common")]);
  return (
    <aside className="hidden w-60 shrink-0 flex-col border-r border-surface-line bg-surface lg:flex">
      <div className="flex h-16 items-center gap-2.5 border-b border-surface-line px-5">
        <span className="grid h-8 w-8 place-items-center rounded-lg bg-brand-700 text-white">
          <Icon name="wallet" className="h-4 w-4" />
        </span>
        <div className="leading-tight">
          <p className="text-sm font-semibold text-ink">{tc("appName")}</p>
          <p className="text-[11px] text-ink-muted">{tc("tagline")}</p>
        </div>
      </div>
      <NavLinks links={links} label={label} orientation="vertical" />
    </aside>
  );
}

/** The same links as a scrolling bar, for screens too narrow for the sidebar. */
export async function MobileNav({ staff }: { staff: Staff }) {
  const { links, label } = await translatedLinks(staff);
  return <NavLinks links={links} label={label} orientation="horizontal" />;
}

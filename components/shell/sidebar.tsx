import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/current-staff";
import { BrandMark } from "./brand-mark";
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
 * links was cut off mid-word at 390 px). */
export async function MobileNav({ staff }: { staff: Staff }) {
  const { links, label, menuLabel } = await translatedLinks(staff);
  return <MobileMenu links={links} label={label} menuLabel={menuLabel} />;
}

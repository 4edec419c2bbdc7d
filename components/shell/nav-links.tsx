"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon, type IconName } from "./icons";

export type NavLink = { href: string; label: string; icon: IconName };

export function NavLinks({ links, label, orientation }: { links: NavLink[]; label: string; orientation: "vertical" | "horizontal" }) {
  const pathname = usePathname();
  const layout = orientation === "vertical" ? "flex-1 space-y-0.5 p-3" : "flex gap-1 overflow-x-auto px-4 py-2 lg:hidden";
  return (
    <nav aria-label={label} className={layout}>
      {links.map((link) => {
        const active = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className="flex shrink-0 items-center gap-3 rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-surface-sunken hover:text-ink aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800"
          >
            <Icon name={link.icon} />
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}

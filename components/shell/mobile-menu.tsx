"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Icon } from "./icons";
import { NavLinks, isActiveLink, type NavLink } from "./nav-links";

/**
 * The navigation on a phone: one line naming the page you are on, which opens the full list and
 * the account's actions (`children`: who is signed in, closing every session).
 * A native <details>, so it opens without JavaScript; it closes itself after a navigation.
 */
export function MobileMenu({
  links,
  label,
  menuLabel,
  children,
}: {
  links: NavLink[];
  label: string;
  menuLabel: string;
  children?: ReactNode;
}) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  const current = links.find((link) => isActiveLink(link.href, pathname));
  return (
    <details
      ref={menu}
      className="group border-b border-surface-line bg-surface lg:hidden"
      data-testid="mobile-menu"
    >
      <summary className="flex cursor-pointer list-none items-center gap-3 px-4 py-3 text-sm font-medium text-ink [&::-webkit-details-marker]:hidden">
        {current ? <Icon name={current.icon} /> : null}
        <span className="flex-1 truncate">{current?.label ?? menuLabel}</span>
        <span className="text-xs text-ink-muted">{menuLabel}</span>
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <NavLinks links={links} label={label} />
      {children}
    </details>
  );
}

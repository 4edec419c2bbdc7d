/** Staff navigation: one entry per dashboard section, in the order people use them. */
export const navItems = [{ href: "/", labelKey: "overview", icon: "grid" }] as const;

export type NavItem = (typeof navItems)[number];

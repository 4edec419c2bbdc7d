"use client";

import { signOut } from "next-auth/react";
import { Icon } from "./icons";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="grid h-8 w-8 place-items-center rounded-lg text-ink-muted hover:bg-surface-sunken hover:text-ink"
      title={label}
      aria-label={label}
    >
      <Icon name="logout" />
    </button>
  );
}

import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";
import { Icon } from "./icons";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <button
        type="submit"
        className="grid h-8 w-8 place-items-center rounded-lg text-ink-muted hover:bg-surface-sunken hover:text-ink"
        title={label}
        aria-label={label}
      >
        <Icon name="logout" />
      </button>
    </form>
  );
}

/** Ends every session of the signed-in person (a lost phone, a shared computer), this one included. */
export function SignOutEverywhereButton({ label, hint }: { label: string; hint: string }) {
  return (
    <form action={signOutEverywhere}>
      <button
        type="submit"
        className="rounded-lg px-2 py-1 text-xs text-ink-muted hover:bg-surface-sunken hover:text-ink"
        title={hint}
      >
        {label}
      </button>
    </form>
  );
}

import { signOut } from "@/lib/auth/sign-out";
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

"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { CodeField } from "./code-field";

type Credentials = { email: string; password: string } | { challenge: string; code: string };

/** `callbackPath` is already checked by the page (lib/auth/safe-callback.ts). Two steps for people
 * with an authenticator app: the password earns a signed challenge (never a session), then the code. */
export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  // Kept across the code step, so "start again" does not lose what was typed.
  const [email, setEmail] = useState("");

  function describe(code: string | undefined, detail: string | undefined): string {
    if (code === "too_many_attempts")
      return te("too_many_attempts", { minutes: Math.max(1, Math.ceil(Number(detail) / 60)) });
    if (code === "invalid_credentials" || code === "invalid_code" || code === "sign_in_expired")
      return te(code);
    return te("internal", { requestId: "—" });
  }

  async function submit(credentials: Credentials) {
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { ...credentials, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackPath);
      router.refresh();
      return;
    }
    const [code, detail] = (result?.error ?? "internal").split(":");
    if (code === "code_required" && detail) return setChallenge(detail);
    if (code === "sign_in_expired") setChallenge(null);
    setError(describe(code, detail));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit(
      challenge
        ? { challenge, code: String(form.get("code")) }
        : { email, password: String(form.get("password")) },
    );
  }

  const alert = error ? (
    <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
      {error}
    </p>
  ) : null;

  if (challenge)
    return (
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {alert}
        <p className="text-sm text-ink-muted">{t("twoFactor.codeIntro")}</p>
        <CodeField key="code" name="code" autoFocus />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("twoFactor.verifying") : t("twoFactor.verify")}
        </Button>
        <Button type="button" variant="ghost" className="w-full" onClick={() => setChallenge(null)}>
          {t("twoFactor.startOver")}
        </Button>
      </form>
    );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {alert}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

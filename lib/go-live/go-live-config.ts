import { env } from "@/lib/env";

/** The configuration facts the go-live check judges, read once from the environment. */
export type GoLiveConfig = {
  simulator: boolean;
  baseUrl: string;
  keysPresent: boolean;
  publicUrl: string;
  secret: string | undefined;
  secretGenerated: boolean;
  embeddedDatabase: boolean;
  /** SMTP_URL: where alert and approval e-mails go (unset: none are sent). */
  smtpUrl: string | undefined;
};

export function goLiveConfigFromEnv(): GoLiveConfig {
  const e = env();
  return {
    simulator: e.LIGDICASH_SIMULATOR === "1",
    baseUrl: e.LIGDICASH_BASE_URL,
    keysPresent: e.LIGDICASH_API_KEY.trim() !== "" && e.LIGDICASH_AUTH_TOKEN.trim() !== "",
    publicUrl: e.CAISSE_PUBLIC_URL,
    secret: e.NEXTAUTH_SECRET,
    secretGenerated: e.CAISSE_GENERATED_SECRET === "1",
    embeddedDatabase: e.CAISSE_EMBEDDED_DATABASE === "1",
    smtpUrl: e.SMTP_URL,
  };
}

import { z } from "zod";
import { invalidProxyEntries } from "@/lib/auth/trusted-proxies";

/** LigdiCash's production API (the SDKs' `live` platform). */
export const LIGDICASH_LIVE_BASE_URL = "https://app.ligdicash.com/pay/v01/";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** PostgreSQL server. Unset: the embedded PostgreSQL server, its files under CAISSE_DATA_DIR. */
    DATABASE_URL: optionalUrl,
    /** Connections each app instance opens to PostgreSQL. */
    DATABASE_POOL_SIZE: int(10),
    CAISSE_DATA_DIR: z.string().min(1).default(".caisse"),
    EMBEDDED_DB_PORT: int(55432),
    PORT: int(3000),
    /** Public address of Caisse: customer links and the callback URL LigdiCash posts to. */
    CAISSE_PUBLIC_URL: z.url().default("http://localhost:3000"),
    STORE_NAME: z.string().min(1).default("Caisse"),
    STORE_WEBSITE_URL: z.url().default("http://localhost:3000"),
    LIGDICASH_BASE_URL: z.url().default(LIGDICASH_LIVE_BASE_URL),
    LIGDICASH_API_KEY: z.string().default(""),
    LIGDICASH_AUTH_TOKEN: z.string().default(""),
    LIGDICASH_TIMEOUT_MS: int(15_000),
    /** Amount limits checked before calling LigdiCash (SDKs: 20–1,000,000; docs: 9–2,000,000). */
    LIGDICASH_MIN_AMOUNT: int(20),
    LIGDICASH_MAX_AMOUNT: int(1_000_000),
    /** Payouts above this amount (XOF) wait for a manager's approval; admins can change it in the app. */
    PAYOUT_APPROVAL_THRESHOLD: z.coerce.number().int().min(0).default(100_000),
    /** A requester's payouts sent without approval may add up to this (XOF) over 24 h; beyond, each waits for a manager. */
    PAYOUT_APPROVAL_ROLLING_TOTAL: z.coerce.number().int().min(0).default(300_000),
    /** `off`: this instance runs no background worker (callback sweeper + reconciliation); others still do. */
    CAISSE_BACKGROUND_WORKER: z.enum(["on", "off"]).default("on"),
    /** Lines of one bulk payout sent to LigdiCash at once by one worker (lib/payout-batches/send-batch.ts). */
    PAYOUT_BATCH_CONCURRENCY: int(3),
    /** Callback deliveries one instance verifies at once (answering LigdiCash is never queued behind them). */
    CAISSE_CALLBACK_CONCURRENCY: int(32),
    /**
     * Set by the start command, never by hand: the PostgreSQL channel on which this instance's
     * verifier process (scripts/verifier.ts) hears of each stored callback. Unset, the app verifies
     * callbacks in its own process (lib/callbacks/verifier-channel.ts).
     */
    CAISSE_VERIFIER_CHANNEL: z
      .string()
      .regex(/^caisse_verify_[a-z0-9]{1,40}$/)
      .optional(),
    /** Set by the start command when it runs the LigdiCash simulator (shown in the UI). */
    LIGDICASH_SIMULATOR: z.enum(["0", "1"]).default("0"),
    SIMULATOR_PORT: int(4010),
    /** Set by the start command when it runs the embedded PostgreSQL server (no DATABASE_URL given). */
    CAISSE_EMBEDDED_DATABASE: z.enum(["0", "1"]).default("0"),
    /** Set by the start command when it generated NEXTAUTH_SECRET into CAISSE_DATA_DIR (none was set). */
    CAISSE_GENERATED_SECRET: z.enum(["0", "1"]).default("0"),
    /**
     * Reverse proxies (addresses or CIDR ranges, comma- or space-separated) whose X-Forwarded-For
     * entries are believed. Empty: the address on the socket is the client (lib/auth/client-ip.ts).
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .superRefine((value, ctx) => {
        const invalid = invalidProxyEntries(value);
        if (invalid.length)
          ctx.addIssue({
            code: "custom",
            message: `not an IP address or CIDR range: ${invalid.join(", ")} (e.g. 10.0.0.0/8, 192.168.1.7, fd00::/8)`,
          });
      }),
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: optionalUrl,
    /**
     * Outgoing e-mail (low-balance alerts, payouts awaiting approval): `smtp://user:pass@host:587`
     * or `smtps://…:465`. Unset: no e-mail, the console's banner and queue still show everything.
     */
    SMTP_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .url()
        .refine(
          (url) => /^smtps?:\/\//.test(url),
          "smtp:// or smtps:// (e.g. smtp://user:pass@mail.example.bf:587)",
        )
        .optional(),
    ),
    /** The sender of those e-mails, e.g. `Caisse <caisse@boutique.bf>`; required with SMTP_URL. */
    MAIL_FROM: z.string().default(""),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.MAIL_FROM)
      ctx.addIssue({
        code: "custom",
        path: ["MAIL_FROM"],
        message: "required with SMTP_URL (e.g. Caisse <caisse@boutique.bf>)",
      });
    if (env.NODE_ENV !== "production" || env.LIGDICASH_SIMULATOR === "1") return;
    for (const key of ["LIGDICASH_API_KEY", "LIGDICASH_AUTH_TOKEN"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "required in production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses configuration; throws one readable message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Configuration invalide / invalid configuration:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated configuration, parsed once per process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

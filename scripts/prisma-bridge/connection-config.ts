import type { PoolConfig } from "pg";

export type ConnectionConfig = {
  /** Discrete pg fields, never `connectionString` (see below). */
  pool: PoolConfig;
  database: string;
  /** Prisma's `?schema=` parameter: the PostgreSQL schema migrations live in. */
  schema: string | undefined;
  /** `host:port`, for messages (never the password). */
  location: string;
};

/**
 * Splits a `postgresql://` URL into the fields pg takes. Why not pass `connectionString`:
 * pg lets it override `database`, so `PrismaPg.connectToShadowDb` (which spreads the config
 * and sets a temporary database name) would silently connect to the main database instead.
 */
export function parseDatabaseUrl(databaseUrl: string): ConnectionConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`Not a PostgreSQL URL (postgresql://…): got ${url.protocol}`);
  }
  const params = url.searchParams;
  // libpq spells a Unix socket as `?host=/run/postgresql`; the URL host is then empty.
  const host = params.get("host") ?? (url.hostname ? decodeURIComponent(url.hostname) : "localhost");
  const port = Number(params.get("port") ?? (url.port || "5432"));
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const connectTimeout = params.get("connect_timeout");
  const pool: PoolConfig = {
    host: host.replace(/^\[(.*)\]$/, "$1"),
    port,
    // libpq also takes them as parameters: the only way to pair a user with a socket path.
    user: params.get("user") ?? (url.username ? decodeURIComponent(url.username) : undefined),
    password: params.get("password") ?? (url.password ? decodeURIComponent(url.password) : undefined),
    database,
    ssl: sslFor(params.get("sslmode"), params.get("sslaccept")),
    application_name: params.get("application_name") ?? "caisse-schema-engine",
    connectionTimeoutMillis: connectTimeout ? Number(connectTimeout) * 1000 : 10_000,
  };
  return { pool, database, schema: params.get("schema") ?? undefined, location: `${host}:${port}` };
}

/** The same server, another database (the maintenance database or a shadow database). */
export function withDatabase(config: ConnectionConfig, database: string): ConnectionConfig {
  return { ...config, database, pool: { ...config.pool, database } };
}

/**
 * libpq's sslmode in pg's terms. `prefer` (libpq's default) means "try TLS, fall back to plain":
 * pg cannot fall back, and a loopback server (the embedded one) speaks no TLS, so `prefer`/`allow`
 * use plain.
 */
function sslFor(sslmode: string | null, sslaccept: string | null): PoolConfig["ssl"] {
  const acceptInvalid = sslaccept === "accept_invalid_certs";
  switch (sslmode) {
    case "require":
    case "no-verify":
      return { rejectUnauthorized: false };
    case "verify-ca":
    case "verify-full":
      return { rejectUnauthorized: !acceptInvalid };
    default:
      return false;
  }
}

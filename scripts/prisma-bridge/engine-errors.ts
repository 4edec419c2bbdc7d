/** A user-facing error as the engine binary reports it: `P…` code + message. */
export type EngineErrorData = {
  is_panic: boolean;
  message: string;
  error_code?: string;
  meta?: unknown;
};

/**
 * The WASM engine throws Errors whose message ends with a tracing span list ("   0: schema_…
 * at …rs:95"); the binary keeps that out of user-facing messages, and so do we.
 */
export function cleanEngineMessage(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+0: \S+/.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trimEnd();
}

export function toEngineErrorData(error: unknown, panicMessage?: string): EngineErrorData {
  if (!(error instanceof Error)) return { is_panic: false, message: String(error) };
  // A panic in a synchronous engine method (e.g. debugPanic) traps right in the call.
  if (error instanceof WebAssembly.RuntimeError)
    return { is_panic: true, message: panicMessage ?? error.message };
  const code = (error as Error & { code?: unknown }).code;
  return {
    is_panic: false,
    message: cleanEngineMessage(error.message),
    ...(typeof code === "string" && /^P\d{4}$/.test(code) ? { error_code: code } : {}),
  };
}

type PgLikeError = { code?: string; message?: string };

/**
 * Connection failures in the words and codes of Prisma's user-facing errors: the CLI branches
 * on them (P1003 makes `migrate dev` offer to create the database).
 */
export function connectionErrorData(
  error: unknown,
  target: { location: string; database: string; user: string | undefined },
): EngineErrorData & { error_code: string } {
  const { code, message } = (error ?? {}) as PgLikeError;
  switch (code) {
    case "3D000":
      return {
        is_panic: false,
        error_code: "P1003",
        message: `Database \`${target.database}\` does not exist on the database server at \`${target.location}\`.`,
      };
    case "28P01":
    case "28000":
      return {
        is_panic: false,
        error_code: "P1000",
        message:
          `Authentication failed against database server at \`${target.location}\`, the provided database ` +
          `credentials for \`${target.user ?? "(none)"}\` are not valid.`,
      };
    default:
      return {
        is_panic: false,
        error_code: "P1001",
        message:
          `Can't reach database server at \`${target.location}\`\n\n` +
          `Please make sure your database server is running at \`${target.location}\`.` +
          (message ? ` (${message})` : ""),
      };
  }
}

/** An engine failure for library callers: the binary's message and its `P…` code if any. */
export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function toSchemaEngineError(error: unknown): SchemaEngineError {
  const data = toEngineErrorData(error);
  return new SchemaEngineError(data.message, data.error_code, { cause: error });
}

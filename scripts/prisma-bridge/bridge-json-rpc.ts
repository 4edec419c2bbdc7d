import readline from "node:readline";
import { type EngineErrorData, toEngineErrorData } from "./engine-errors";
import { lastPanicMessage } from "./load-engine";

type Request = { jsonrpc?: string; id?: number | string | null; method?: string; params?: unknown };
export type Handler = (params: unknown) => Promise<unknown>;

/** Generic JSON-RPC code the binary uses for engine errors; the details are in `data`. */
const ENGINE_ERROR_CODE = 4466;
const METHOD_NOT_FOUND = -32601;
const PARSE_ERROR = -32700;

export type RpcServer = {
  /** Resolves once stdin has closed and every request has been answered. */
  done: Promise<void>;
  /** Answers the request in flight (if any) with this error: used when the engine panics. */
  failInFlight(data: EngineErrorData): void;
};

/**
 * One JSON object a line on stdin, one response a line on stdout (nothing else may go there:
 * logs go to stderr). Requests run one at a time, as with the binary, so that the engine's
 * single connection and advisory lock are never shared between two commands.
 */
export function serveJsonRpc(handlers: Record<string, Handler>): RpcServer {
  let queue = Promise.resolve();
  let inFlight: Request | undefined;
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    queue = queue.then(() => handleLine(line));
  });

  async function handleLine(line: string): Promise<void> {
    let request: Request;
    try {
      request = JSON.parse(line) as Request;
    } catch {
      return write({ jsonrpc: "2.0", id: null, error: { code: PARSE_ERROR, message: "Parse error" } });
    }
    const handler = request.method ? handlers[request.method] : undefined;
    if (!handler) {
      return write({
        jsonrpc: "2.0",
        id: request.id ?? null,
        error: { code: METHOD_NOT_FOUND, message: `Method not found: ${request.method}` },
      });
    }
    inFlight = request;
    try {
      // `undefined` would vanish from the JSON and leave the CLI waiting for a result forever.
      const result = (await handler(request.params)) ?? null;
      write({ jsonrpc: "2.0", id: request.id ?? null, result });
    } catch (error) {
      writeError(request, toEngineErrorData(error, lastPanicMessage()));
    } finally {
      inFlight = undefined;
    }
  }

  function writeError(request: Request, data: EngineErrorData): void {
    // The CLI shows `data.message` for errors but the top-level message for panics.
    write({
      jsonrpc: "2.0",
      id: request.id ?? null,
      error: { code: ENGINE_ERROR_CODE, message: data.message, data },
    });
  }

  const done = new Promise<void>((resolve) => lines.on("close", () => resolve(queue)));
  return {
    done,
    failInFlight(data) {
      if (inFlight) writeError(inFlight, data);
    },
  };
}

function write(message: object): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

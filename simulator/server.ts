import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createContext } from "./context";
import { createControls, type SimulatorControls } from "./controls";
import { createRequestListener } from "./router";

// The LigdiCash simulator: a separate HTTP server implementing docs/ligdicash-contract.md
// (see README.md). Caisse reaches it only through LIGDICASH_BASE_URL.

export type { SimulatorControls } from "./controls";

export type SimulatorOptions = {
  /** 0 = random free port (tests). Default 4010. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Expected `Apikey` header. Default "sim-api-key". */
  apiKey?: string;
  /** Expected `Authorization: Bearer …` token. Default "sim-auth-token". */
  authToken?: string;
  /** Origin used in payment URLs; default http://<host>:<port>. */
  publicOrigin?: string;
  /** When set, state (transactions, balances, wallets) is persisted there and reloaded at start. */
  stateFile?: string;
  /** Receives one line per notable event (settlements, callback failures). Default: silent. */
  log?: (line: string) => void;
};

export type RunningSimulator = {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** `${origin}/pay/v01/` */
  baseUrl: string;
  close(): Promise<void>;
  /** Direct access for tests in the same process (same operations as the HTTP controls). */
  controls: SimulatorControls;
};

export const DEFAULT_API_KEY = "sim-api-key";
export const DEFAULT_AUTH_TOKEN = "sim-auth-token";

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? "127.0.0.1";
  const sim = createContext(
    {
      apiKey: options.apiKey ?? DEFAULT_API_KEY,
      authToken: options.authToken ?? DEFAULT_AUTH_TOKEN,
      secret: randomBytes(32).toString("hex"),
    },
    options.stateFile,
    options.log ?? (() => {}),
  );
  const controls = createControls(sim);
  const server = createServer(createRequestListener(sim, controls));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  sim.config.publicOrigin = (options.publicOrigin ?? origin).replace(/\/+$/, "");

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      sim.callbacks.close();
      for (const timer of sim.timers) clearTimeout(timer);
      sim.timers.clear();
      server.close(() => resolve());
      // Hanging requests (the `hang` fault) and keep-alive sockets would hold close() forever.
      server.closeAllConnections();
    });
    return closed;
  };

  return { origin, baseUrl: `${origin}/pay/v01/`, close, controls };
}

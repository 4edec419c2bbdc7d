import { CallbackDispatcher } from "./callbacks";
import { FaultRegistry, type FaultKind } from "./faults";
import type { EndpointId } from "./responses";
import { defaultSettings, type Settings } from "./settings";
import { SimulatorStore } from "./state";
import { newToken, type TokenFamily } from "./tokens";

// Everything a request handler may touch, in one object passed down explicitly.

/** One API request as received, for contract tests (GET /_sim/requests). */
export type RecordedRequest = {
  id: number;
  at: string;
  /** null for a path under /pay/v0x/ that is no LigdiCash endpoint (answered 404). */
  endpoint: EndpointId | null;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it is not JSON; null when empty. */
  body: unknown;
  /** What the simulator answered (null while hanging or not answered yet). */
  response: { status: number; body: unknown } | null;
  fault: FaultKind | null;
};

export type SimConfig = {
  apiKey: string;
  authToken: string;
  /** Origin used in payment page URLs (known once the server listens). */
  publicOrigin: string;
  /** HS256 key of the tokens the simulator signs. */
  secret: string;
};

export type SimContext = {
  config: SimConfig;
  store: SimulatorStore;
  settings: Settings;
  faults: FaultRegistry;
  callbacks: CallbackDispatcher;
  requestLog: RecordedRequest[];
  /** Auto-settle timers, cleared on reset and close. */
  timers: Set<NodeJS.Timeout>;
  log: (line: string) => void;
  mintToken: (family: TokenFamily) => string;
};

/** Old requests are dropped beyond this, so a long demo run does not grow without bound. */
export const REQUEST_LOG_LIMIT = 2000;

export function createContext(
  config: Omit<SimConfig, "publicOrigin">,
  stateFile: string | undefined,
  log: (line: string) => void,
): SimContext {
  const store = new SimulatorStore(stateFile);
  const mintToken = (family: TokenFamily) => newToken(family, store.nextId(), config.secret);
  const sim: SimContext = {
    config: { ...config, publicOrigin: "" },
    store,
    settings: defaultSettings(),
    faults: new FaultRegistry(),
    callbacks: new CallbackDispatcher({ behaviour: () => sim.settings.callbacks, mintToken, log }),
    requestLog: [],
    timers: new Set(),
    log,
    mintToken,
  };
  return sim;
}

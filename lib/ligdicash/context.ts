import type { RetryDeps } from "./retry";
import type { Transport } from "./request";
import type { RetryPolicy, StoreInfo } from "./types";
import type { AmountLimits } from "./validate-input";

/** What every operation receives: built once by createLigdicashClient. */
export type ClientContext = {
  transport: Transport;
  limits: AmountLimits;
  store: StoreInfo;
  callbackUrl: string | undefined;
  retry: RetryPolicy;
  retryDeps: RetryDeps;
};

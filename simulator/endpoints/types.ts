import type { SimContext } from "../context";
import type { ApiResult, EndpointId } from "../responses";

/** An authenticated API request as handlers see it. */
export type ApiRequest = {
  endpoint: EndpointId;
  method: string;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when empty or not JSON (handlers answer their data-input code). */
  body: unknown;
};

export type EndpointHandler = (sim: SimContext, request: ApiRequest) => ApiResult;

import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "@/lib/http/app-error";
import { isPrivateAddress } from "./private-network";

/**
 * Where an endpoint may point: https (http only for an endpoint an admin allowed on the private
 * network, a shop on the same host), never credentials in the URL, and — unless allowed — never a
 * name or address of this machine or a private network. A name that does not resolve now is
 * accepted: deliveries say why they fail, and every connection is checked again when it is made.
 */
export async function checkEndpointUrl(url: string, allowPrivateNetwork: boolean): Promise<void> {
  const target = new URL(url);
  const refuse = (key: string) => {
    throw new AppError("validation_failed", undefined, { key, field: "url" });
  };
  if (target.username || target.password) refuse("webhooks.errors.credentials");
  if (allowPrivateNetwork) return;
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const addresses =
    isIP(host) !== 0
      ? [host]
      : await lookup(host, { all: true }).then(
          (found) => found.map((a) => a.address),
          () => [],
        );
  // The private-network refusal first: for a shop on this machine, ticking the box is the answer
  // (it allows plain http too).
  if (host === "localhost" || addresses.some(isPrivateAddress)) refuse("webhooks.errors.private");
  if (target.protocol !== "https:") refuse("webhooks.errors.https");
}

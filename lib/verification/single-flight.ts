/**
 * Coalesces concurrent calls for one key inside this process: a burst of copies of one callback
 * (LigdiCash sends each event twice, retries, several of our own triggers) makes ONE status query.
 * Across processes the row lock in applyVerified* plus "already final → no call" does the rest.
 * The flight covers the whole read-token → query → apply sequence, so a caller that arrives just
 * after a flight ends starts a new one that re-reads the (now final) row and makes no call.
 */
const flights = new Map<string, Promise<unknown>>();

export type FlightResult<T> = { value: T; shared: boolean };

export async function singleFlight<T>(key: string, run: () => Promise<T>): Promise<FlightResult<T>> {
  const running = flights.get(key) as Promise<T> | undefined;
  if (running) return { value: await running, shared: true };
  const flight = run().finally(() => flights.delete(key));
  flights.set(key, flight);
  return { value: await flight, shared: false };
}

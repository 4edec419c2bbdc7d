/**
 * Group commit for hot database paths: concurrent callers each submit one item; items that arrive
 * in the same tick, or while earlier statements are still running, go to the database together in
 * ONE statement. Nothing waits on a timer: at low load every item runs alone at once; under load,
 * batches grow by themselves with the time a statement takes. (DataLoader batches only what one
 * tick submits; under an HTTP burst every request arrives in its own tick, so it would not.)
 *
 * `run` must be atomic (one SQL statement, or one transaction) and answer one result per item, in
 * order. When a batch fails, each of its items is run again alone, so one bad item fails only
 * its own caller and the others are not lost.
 */
export type Batcher<In, Out> = { submit(item: In): Promise<Out> };

export type BatcherOptions = {
  /** Largest batch (bounds statement size and the parameters' length). */
  maxBatch?: number;
  /** Statements of this batcher running at once (each holds one pooled connection). */
  maxInFlight?: number;
};

type Waiting<In, Out> = { item: In; resolve(value: Out): void; reject(error: unknown): void };

export function createBatcher<In, Out>(
  run: (items: In[]) => Promise<Out[]>,
  { maxBatch = 100, maxInFlight = 2 }: BatcherOptions = {},
): Batcher<In, Out> {
  const queue: Waiting<In, Out>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const settle = async (batch: Waiting<In, Out>[]) => {
    try {
      const results = await run(batch.map((w) => w.item));
      if (results.length !== batch.length)
        throw new Error(`batch answered ${results.length} results for ${batch.length} items`);
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      await Promise.all(batch.map((w) => settle([w])));
    }
  };

  const pump = () => {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      inFlight += 1;
      void settle(queue.splice(0, maxBatch)).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return {
    submit(item) {
      return new Promise<Out>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Deferred to the end of the tick, so that what one tick submits goes out together.
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(pump);
        }
      });
    },
  };
}

const registry = new WeakMap<object, Map<string, unknown>>();

/** One batcher per database client and purpose, made on first use: statements of one client's
 * pool never mix with another's (tests run many databases in one process). */
export function batcherFor<In, Out>(
  client: object,
  name: string,
  run: (items: In[]) => Promise<Out[]>,
  options?: BatcherOptions,
): Batcher<In, Out> {
  let byName = registry.get(client);
  if (!byName) registry.set(client, (byName = new Map()));
  let batcher = byName.get(name) as Batcher<In, Out> | undefined;
  if (!batcher) byName.set(name, (batcher = createBatcher(run, options)));
  return batcher;
}

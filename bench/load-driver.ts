import autocannon from "autocannon";

export interface ScenarioOptions {
  baseUrl: string;
  /** Request paths; each connection walks the list from its own starting point. */
  paths: readonly string[];
  connections: number;
  /** Seconds to run; or, when `amount` is given, the run ends after that many responses. */
  durationSeconds: number;
  amount?: number;
  timeoutSeconds?: number;
  /** Sent with every request, e.g. a session cookie for staff routes. */
  headers?: Record<string, string>;
}

export interface ScenarioResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Drives the server with autocannon. Latencies are collected from the response events at full
 * precision (autocannon's own histogram rounds to whole milliseconds, too coarse for a 2 ms route).
 */
export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const requests = options.paths.map((path) => ({ method: "GET" as const, path }));
  if (requests.length === 0) throw new Error("a scenario needs at least one path");
  const latencies: number[] = [];
  let responses = 0;
  let clientIndex = 0;
  let done: (result: autocannon.Result) => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.connections,
      ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
      timeout: options.timeoutSeconds ?? 30,
      ...(options.headers ? { headers: options.headers } : {}),
      requests,
      setupClient: (client) => {
        const offset = Math.floor((clientIndex++ * requests.length) / options.connections);
        client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
      },
    },
    (error, result) => (error ? failed(error) : done(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    responses += 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await finished;
  const sorted = Float64Array.from(latencies).sort();
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  return {
    connections: options.connections,
    seconds,
    requests: responses,
    requestsPerSecond: responses / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Sends paths one at a time, for at most `budgetMs`, and returns the status codes that were not 200 (with
 * a path each): a search that answers 400 to part of the mix would otherwise look fast.
 */
export async function checkPaths(
  baseUrl: string,
  paths: readonly string[],
  budgetMs: number,
  headers: Record<string, string> = {},
): Promise<Map<number, string>> {
  const failures = new Map<number, string>();
  const deadline = performance.now() + budgetMs;
  for (const path of paths) {
    if (performance.now() > deadline) break;
    const response = await fetch(new URL(path, baseUrl), { headers });
    await response.arrayBuffer();
    if (response.status !== 200 && !failures.has(response.status)) failures.set(response.status, path);
  }
  return failures;
}

/**
 * Asks every path exactly once, `connections` at a time (each worker takes the next path not yet asked),
 * and returns how long it took: primes a cache with a whole query mix.
 */
export async function askEachOnce(baseUrl: string, paths: readonly string[], connections: number) {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      const response = await fetch(new URL(path, baseUrl));
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, paths.length) }, worker));
  return performance.now() - started;
}

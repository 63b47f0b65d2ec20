import { parseArgs } from "node:util";

export interface BenchArgs {
  services: number;
  quick: boolean;
  /** Load the data and report load times and sizes only, without the HTTP scenarios. */
  loadOnly: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  seed: number;
  batchSize: number;
  loadConnections: number;
  queries: number;
  /** Services of the HSDS package imported into a fresh database (bench/hsds-import-phase.ts); 0 skips it. */
  hsdsServices: number;
}

const USAGE = `usage: npm run bench -- [--services N] [--quick] [--load-only] [--duration S] [--warmup S] [--connections C]
  [--seed N] [--batch-size N] [--load-connections N] [--queries N] [--hsds-services N]
  --services          services to generate and load (default 1000000)
  --quick             50k services and 5 s per scenario, for CI
  --load-only         load and report load times and sizes, without the HTTP scenarios
  --duration          seconds per measured scenario (default 15, quick 5)
  --warmup            seconds of warm-up per scenario (default 5, quick 2)
  --connections       concurrent HTTP connections (default 32)
  --load-connections  database sessions inserting in parallel (default 2)
  --hsds-services     services of the HSDS package imported into a fresh database (default 100000, quick 5000;
                      0 skips the import)
  BENCH_DATABASE_URL  use this PostgreSQL server instead of an embedded one`;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number\n${USAGE}`);
  return value;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: "string" },
      quick: { type: "boolean", default: false },
      "load-only": { type: "boolean", default: false },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      seed: { type: "string" },
      "batch-size": { type: "string" },
      "load-connections": { type: "string" },
      queries: { type: "string" },
      "hsds-services": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  return {
    quick,
    loadOnly: values["load-only"] === true,
    services: Math.floor(positive("services", values.services, quick ? 50_000 : 1_000_000)),
    durationSeconds: positive("duration", values.duration, quick ? 5 : 15),
    warmupSeconds: positive("warmup", values.warmup, quick ? 2 : 5),
    connections: Math.floor(positive("connections", values.connections, 32)),
    seed: Math.floor(positive("seed", values.seed, 20_261_125)),
    batchSize: Math.floor(positive("batch-size", values["batch-size"], 5000)),
    loadConnections: Math.floor(positive("load-connections", values["load-connections"], 2)),
    queries: Math.floor(positive("queries", values.queries, 2000)),
    hsdsServices:
      values["hsds-services"] === "0"
        ? 0
        : Math.floor(positive("hsds-services", values["hsds-services"], quick ? 5000 : 100_000)),
  };
}

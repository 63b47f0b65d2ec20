import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux this runs on. */
const TICKS = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime in ticks. */
  own: number;
  /** cutime + cstime: CPU of children already reaped (PostgreSQL backends that have exited). */
  reaped: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses: the fields start after its last ")".
    const fields = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    const at = (index: number) => Number(fields[index - 3]);
    return { ppid: at(4), own: at(14) + at(15), reaped: at(16) + at(17) };
  } catch {
    return null;
  }
}

/** CPU seconds used by a process (and, with `tree`, by its direct children living or exited). */
export function cpuSeconds(pid: number, tree = false): number | null {
  const stat = readStat(pid);
  if (!stat) return null;
  let ticks = stat.own;
  if (tree) {
    ticks += stat.reaped;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const child = readStat(Number(entry));
      if (child?.ppid === pid) ticks += child.own;
    }
  }
  return ticks / TICKS;
}

/** CPU seconds the whole machine has been busy (all cores, idle and I/O wait excluded). */
function machineBusySeconds(): number | null {
  try {
    const [cpuLine] = readFileSync("/proc/stat", "utf8").split("\n");
    const [, user, nice, system, , , irq, softirq, steal] = (cpuLine ?? "").trim().split(/\s+/).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS;
  } catch {
    return null;
  }
}

export interface CpuUse {
  serverSeconds: number | null;
  postgresSeconds: number | null;
  loadGeneratorSeconds: number;
  /** Cores kept busy by everything else on the machine meanwhile: a measure of how disturbed the run was. */
  otherCores: number | null;
}

export interface CpuProbe {
  /** CPU seconds spent since the probe started by the server, PostgreSQL and this process (the load generator). */
  stop(): CpuUse;
}

/** Starts measuring; without a server (the load phase) its share counts as zero. */
export function startCpuProbe(serverPid: number | null, postgresPid: number | null): CpuProbe {
  const serverCpu = () => (serverPid === null ? 0 : cpuSeconds(serverPid));
  const server = serverCpu();
  const postgres = postgresPid === null ? null : cpuSeconds(postgresPid, true);
  const self = process.cpuUsage();
  const machine = machineBusySeconds();
  const started = performance.now();
  return {
    stop() {
      const serverNow = serverCpu();
      const postgresNow = postgresPid === null ? null : cpuSeconds(postgresPid, true);
      const used = process.cpuUsage(self);
      const machineNow = machineBusySeconds();
      const serverSeconds = server === null || serverNow === null ? null : serverNow - server;
      const postgresSeconds = postgres === null || postgresNow === null ? null : postgresNow - postgres;
      const loadGeneratorSeconds = (used.user + used.system) / 1e6;
      const wall = (performance.now() - started) / 1000;
      const otherCores =
        machine === null || machineNow === null || serverSeconds === null || postgresSeconds === null
          ? null
          : Math.max(0, machineNow - machine - serverSeconds - postgresSeconds - loadGeneratorSeconds) / wall;
      return { serverSeconds, postgresSeconds, loadGeneratorSeconds, otherCores };
    },
  };
}

export const machineSummary = () => ({
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
});

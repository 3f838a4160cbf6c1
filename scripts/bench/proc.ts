/**
 * CPU use of a browser, read from /proc (Linux only). DevTools' own TaskDuration counts the renderer's main
 * thread and misses the GPU process, where software WebGL (SwiftShader) does its drawing; /proc sees every
 * process the browser started. A process tree is summed with utime + stime and the times of children it has
 * already reaped (cutime + cstime), so a helper process that exits inside the window is still counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Kernel clock ticks per second (USER_HZ); 100 on every mainstream Linux build. */
const TICKS_PER_SECOND = 100;

interface ProcInfo {
  ppid: number;
  comm: string;
  /** utime + stime + cutime + cstime, in ticks. */
  ticks: number;
}

function readStat(pid: number): ProcInfo | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may itself hold spaces or parentheses: split after the last ')'.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
    const n = (i: number) => Number(f[i] ?? 0);
    return { ppid: n(1), comm, ticks: n(11) + n(12) + n(13) + n(14) };
  } catch {
    return null; // gone between readdir and read
  }
}

function allProcs(): Map<number, ProcInfo> {
  const out = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readStat(Number(name));
    if (info) out.set(Number(name), info);
  }
  return out;
}

/** Direct children of a process, with their command names. */
export function childrenOf(pid: number): { pid: number; comm: string }[] {
  return [...allProcs()].filter(([, p]) => p.ppid === pid).map(([child, p]) => ({ pid: child, comm: p.comm }));
}

/** A process and all its descendants, with their tick counts. */
function tree(root: number): Map<number, number> {
  const procs = allProcs();
  const kids = new Map<number, number[]>();
  for (const [pid, p] of procs) kids.set(p.ppid, [...(kids.get(p.ppid) ?? []), pid]);
  const out = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const p = procs.get(pid);
    if (!p) continue;
    out.set(pid, p.ticks);
    stack.push(...(kids.get(pid) ?? []));
  }
  return out;
}

export interface CpuReading {
  /** CPU seconds per wall second: 1.0 means one core busy all the time. */
  cores: number;
  cpuSeconds: number;
  wallSeconds: number;
  processes: number;
}

/** CPU used by the browser's whole process tree over `ms` of wall time, in cores. */
export async function cpuOver(root: number, ms: number): Promise<CpuReading> {
  const before = tree(root);
  const t0 = process.hrtime.bigint();
  await sleep(ms);
  const after = tree(root);
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let ticks = 0;
  // A process new in the window counts in full; one reaped by its parent shows up in the parent's cutime.
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  const cpuSeconds = ticks / TICKS_PER_SECOND;
  return { cores: cpuSeconds / wallSeconds, cpuSeconds, wallSeconds, processes: after.size };
}

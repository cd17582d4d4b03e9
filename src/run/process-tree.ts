import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

/** A process as /proc/<pid>/stat tells it. */
interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  state: string;
  /** Clock ticks after boot: with the pid, it tells a process from a later one that reused its pid. */
  start: number;
}

/** The variable every process of one tree inherits, so members that left it (reparented, in a session of their own) are still found. */
export const TREE_VARIABLE = 'ITW_PROCESS_TREE';

export function readStat(pid: number): ProcInfo | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { pid, state: f[0]!, ppid: Number(f[1]), pgid: Number(f[2]), sid: Number(f[3]), start: Number(f[19]) };
}

/** Whether a process exists and has not ended (a zombie has ended; only its exit status is left). */
export function isAlive(pid: number): boolean {
  const stat = readStat(pid);
  if (stat) return stat.state !== 'Z' && stat.state !== 'X';
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started (Linux: its start in clock ticks after boot, at the kernel's fixed 100 ticks a second). */
export function processStartedAt(pid: number): Date | undefined {
  const stat = readStat(pid);
  const boot = bootTime();
  if (!stat || boot === undefined) return undefined;
  return new Date(boot.getTime() + stat.start * 10);
}

/** When this machine booted, from /proc/stat. */
export function bootTime(): Date | undefined {
  try {
    const match = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    return match ? new Date(Number(match[1]) * 1000) : undefined;
  } catch {
    return undefined;
  }
}

function allProcesses(): ProcInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcInfo[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) out.push(stat);
  }
  return out;
}

function carries(pid: number, marker: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker);
  } catch {
    return false;
  }
}

function signal(target: number): void {
  try {
    process.kill(target, 'SIGKILL');
  } catch {
    // Already gone, or not ours.
  }
}

const self = readStat(process.pid);

/**
 * A value for the tree variable: the pid and start time of this process (the tree's owner) and a
 * random id, so the trees of an owner that is gone (SIGKILLed) can be told afterwards.
 */
export function treeMarker(): string {
  return `${process.pid}.${self?.start ?? 0}.${randomUUID()}`;
}

/**
 * Ends the process trees whose owner is gone: the test processes of an itw that was SIGKILLed, which
 * nobody else would end (a hanging one runs forever). Only processes in this pid namespace are
 * judged, where a pid means the same process for them and for us. Returns how many it ended.
 */
export function endOrphanedTrees(): number {
  let ownNamespace: string;
  try {
    ownNamespace = fs.readlinkSync('/proc/self/ns/pid');
  } catch {
    return 0;
  }
  const prefix = `${TREE_VARIABLE}=`;
  let ended = 0;
  for (const p of allProcesses()) {
    if (p.pid === process.pid || p.state === 'Z' || p.state === 'X') continue;
    let value: string | undefined;
    try {
      if (fs.readlinkSync(`/proc/${p.pid}/ns/pid`) !== ownNamespace) continue;
      value = fs
        .readFileSync(`/proc/${p.pid}/environ`, 'latin1')
        .split('\0')
        .find((v) => v.startsWith(prefix));
    } catch {
      continue;
    }
    const match = value && /^(\d+)\.(\d+)\./.exec(value.slice(prefix.length));
    if (!match) continue;
    const owner = readStat(Number(match[1]));
    if (owner && owner.state !== 'Z' && owner.start === Number(match[2])) continue;
    signal(p.pid);
    ended++;
  }
  return ended;
}

/**
 * Every process one command started, directly or not: its descendants by parent links, members of
 * the process groups and sessions they made, and processes carrying the tree's variable, which
 * finds a child that started a session of its own and whose parent has since exited (it is then
 * reparented to init and no parent link leads to it). On systems without /proc only the command's
 * own process group is known.
 */
export class ProcessTree {
  private readonly seen = new Map<number, number>();
  private readonly groups = new Set<number>();
  private readonly sessions = new Set<number>();

  constructor(
    private readonly root: number,
    /** `NAME=value` as it appears in the members' environment. */
    private readonly marker: string,
  ) {
    this.groups.add(root);
  }

  /** The live members now; what is found is remembered, so a later scan still finds it once reparented. */
  scan(readEnvironments = false): ProcInfo[] {
    const procs = allProcesses();
    const children = new Map<number, ProcInfo[]>();
    for (const p of procs) {
      const list = children.get(p.ppid);
      if (list) list.push(p);
      else children.set(p.ppid, [p]);
    }
    const found = new Map<number, ProcInfo>();
    const queue: ProcInfo[] = [];
    const add = (p: ProcInfo): void => {
      if (found.has(p.pid) || p.pid <= 1 || p.pid === process.pid) return;
      found.set(p.pid, p);
      queue.push(p);
    };
    for (const p of procs) {
      const known = this.seen.get(p.pid);
      if (
        p.pid === this.root ||
        known === p.start ||
        this.groups.has(p.pgid) ||
        this.sessions.has(p.sid) ||
        (readEnvironments && carries(p.pid, this.marker))
      )
        add(p);
    }
    for (let p = queue.pop(); p; p = queue.pop()) for (const c of children.get(p.pid) ?? []) add(c);
    for (const p of found.values()) {
      this.seen.set(p.pid, p.start);
      // Never our own group or session: they hold itw itself.
      if (p.pgid > 1 && p.pgid !== self?.pgid) this.groups.add(p.pgid);
      if (p.sid > 1 && p.sid !== self?.sid) this.sessions.add(p.sid);
    }
    return [...found.values()].filter((p) => p.state !== 'Z' && p.state !== 'X');
  }

  /**
   * Once the command says its work is done, members that lost their parent, or that a worker of it
   * started in a session of their own, are leftovers (a server a test started and never stopped):
   * ended at once, because one that holds a pipe of the command's workers keeps the command from
   * exiting. The command's own children (workers, a server its global setup started) and the
   * children of those in its session (a global teardown at work) are left to finish.
   */
  killLeftovers(): void {
    const alive = this.scan(true);
    const members = new Set(alive.map((p) => p.pid));
    for (const p of alive) {
      if (p.pid === this.root || p.ppid === this.root || (p.sid === this.root && members.has(p.ppid))) continue;
      if (p.sid !== this.root && p.pgid === p.pid) signal(-p.pgid);
      signal(p.pid);
    }
  }

  /**
   * SIGKILLs every member and every group they lead, and looks again until none is left (a member
   * may have forked between a scan and the kill); gives up after `withinMs`.
   */
  async kill(withinMs = 3000): Promise<void> {
    signal(-this.root);
    const deadline = performance.now() + withinMs;
    for (;;) {
      const alive = this.scan(true);
      if (alive.length === 0 || performance.now() > deadline) return;
      for (const group of new Set(alive.map((p) => p.pgid)))
        if (group > 1 && group !== self?.pgid && this.groups.has(group)) signal(-group);
      for (const p of alive) signal(p.pid);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

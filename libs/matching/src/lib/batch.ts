import { upperBound } from './bound';
import type { Model } from './model';
import { POINTS } from './score';
import { AssignmentState, buildCandidates, type Candidates } from './state';

export interface BatchOptions {
  /** exact (exhaustive) insertion search when the affected component holds at most this many placed children */
  exactComponentLimit?: number;
  /** search nodes per exact insertion attempt */
  exactNodeBudget?: number;
  /** depth of ejection chains (children moved to make room) on large components */
  chainDepth?: number;
  /** rule-6 checks one ejection-chain search may spend */
  chainChecksPerRequest?: number;
  /** rule-6 checks the whole improvement phase may spend (deterministic work budget, not a clock) */
  improvementChecks?: number;
}

const DEFAULTS: Required<BatchOptions> = {
  exactComponentLimit: 40,
  exactNodeBudget: 50_000,
  chainDepth: 2,
  chainChecksPerRequest: 3_000,
  improvementChecks: 10_000_000,
};

export interface BatchOutcome {
  model: Model;
  state: AssignmentState;
  /** per request: childminders passing rules 1–5 (for the reasons) */
  candidates: Candidates[];
  placedByPriorityPass: number;
  /** flow bound on the number of children any assignment can place */
  upperBound: number;
  /** wall-clock and process CPU time (the CPU figure is what the code costs on a shared machine) */
  timings: {
    prepareMs: number;
    priorityPassMs: number;
    improvementMs: number;
    priorityPassCpuMs: number;
    improvementCpuMs: number;
  };
  /** placed count after priority pass / ejection chains / repair rounds, for the report */
  trace: string[];
}

/**
 * Batch assignment (see docs/matching.md):
 * 1. priority pass: children in priority order, each to its best-scoring childminder with room;
 * 2. improvement: insert unplaced children (priority order) without unplacing anyone — exact search on small
 *    components, ejection chains on large ones; then move children to better-scoring childminders;
 * 3. repair to a fixpoint after every change: fill every wasted place, resolve every justified envy by a swap.
 *    Each step makes the placed set lexicographically larger in priority order (a swap puts a higher-priority child
 *    in for a lower one; a fill adds one), so the loop ends; at its end there is no waste and no envy.
 */
export function runBatch(model: Model, options: BatchOptions = {}): BatchOutcome {
  const opt = { ...DEFAULTS, ...options };
  const t0 = performance.now();
  const candidates = buildCandidates(model);
  const state = new AssignmentState(model);
  // a childminder r does not fit at even alone (existing placements only) can never take r: drop her for the search
  const feasible: Candidates[] = candidates.map((c, r) => {
    const keep = new Uint8Array(c.cms.length);
    let n = 0;
    for (let p = 0; p < c.cms.length; p++) {
      if (state.canAdd(r, c.cms[p])) {
        keep[p] = 1;
        n++;
      }
    }
    if (n === c.cms.length) return c;
    const cms = new Int32Array(n);
    const scores = new Int16Array(n);
    for (let p = 0, q = 0; p < c.cms.length; p++) {
      if (!keep[p]) continue;
      cms[q] = c.cms[p];
      scores[q++] = c.scores[p];
    }
    return { cms, scores };
  });
  const bound = upperBound(model, feasible, () => true);
  state.checks = 0;
  const t1 = performance.now();
  const engine = new BatchEngine(model, state, feasible, opt);
  const c1 = cpuMs();
  engine.priorityPass();
  const placedByPriorityPass = state.placedCount();
  const t2 = performance.now();
  const c2 = cpuMs();
  const trace = [`priority pass: ${placedByPriorityPass}`];
  engine.improve(trace);
  const t3 = performance.now();
  const c3 = cpuMs();
  return {
    model,
    state,
    candidates,
    placedByPriorityPass,
    upperBound: Math.max(bound, state.placedCount()),
    timings: {
      prepareMs: t1 - t0,
      priorityPassMs: t2 - t1,
      improvementMs: t3 - t2,
      priorityPassCpuMs: c2 - c1,
      improvementCpuMs: c3 - c2,
    },
    trace,
  };
}

function cpuMs(): number {
  // process.cpuUsage exists in Node; elsewhere (browser) the CPU figure is 0
  const usage = typeof process !== 'undefined' && process.cpuUsage ? process.cpuUsage() : { user: 0, system: 0 };
  return (usage.user + usage.system) / 1000;
}

class BatchEngine {
  private readonly version: Int32Array;
  private readonly lastTry: Int32Array;
  private step = 1;
  private readonly inChain: Uint8Array;
  private readonly componentMark: Uint8Array;
  private readonly cmMark: Uint8Array;
  private improvementStart = 0;

  constructor(
    private readonly model: Model,
    private readonly state: AssignmentState,
    private readonly cands: Candidates[],
    private readonly opt: Required<BatchOptions>,
  ) {
    this.version = new Int32Array(model.cms.length);
    this.lastTry = new Int32Array(model.reqs.length);
    this.inChain = new Uint8Array(model.reqs.length);
    this.componentMark = new Uint8Array(model.reqs.length);
    this.cmMark = new Uint8Array(model.cms.length);
  }

  private add(r: number, m: number): void {
    this.state.add(r, m);
    this.touch(m);
  }

  private remove(r: number): void {
    this.touch(this.state.at[r]);
    this.state.remove(r);
  }

  /** marks m (and, through the shared site load, its site mates) as changed */
  private touch(m: number): void {
    const site = this.model.cms[m].site;
    const step = ++this.step;
    if (site < 0) this.version[m] = step;
    else for (const x of this.model.sites[site].childminders) this.version[x] = step;
  }

  /**
   * A slot where r does not fit at m now (−1: the contract limit or a whole-interval overload; null: r fits).
   * Only a child present in that slot can make room by leaving: a cheap filter before canAddWithout.
   */
  private blockingSlot(r: number, m: number): number | null {
    const req = this.model.reqs[r];
    const cm = this.model.cms[m];
    if (req.start < cm.blockedBefore) return -1;
    const c = cm.timeline.firstConflict(req.start, req.slots, cm.src.maxPresent, cm.src.maxContracts);
    if (c !== null) return c.slot;
    if (cm.site < 0) return null;
    const site = this.model.sites[cm.site];
    const sc = site.timeline.firstConflict(req.start, req.slots, site.maxPresent, Infinity);
    return sc === null ? null : sc.slot;
  }

  private hasSlot(s: number, slot: number): boolean {
    const slots = this.model.reqs[s].slots;
    let lo = 0;
    let hi = slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (slots[mid] === slot) return true;
      if (slots[mid] < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** whether any of r's childminders changed since `stamp` */
  private changedSince(r: number, stamp: number): boolean {
    const c = this.cands[r].cms;
    for (let p = 0; p < c.length; p++) if (this.version[c[p]] > stamp) return true;
    return false;
  }

  private siblingAt(r: number, m: number): boolean {
    const g = this.model.reqs[r].sibling;
    if (g < 0) return false;
    for (const o of this.model.siblingGroups[g]) if (o !== r && this.state.at[o] === m) return true;
    return false;
  }

  private scoreAt(r: number, pos: number): number {
    const c = this.cands[r];
    return c.scores[pos] + (this.siblingAt(r, c.cms[pos]) ? POINTS.siblings : 0);
  }

  /** best-scoring childminder with room for r (siblings' childminders get their bonus), or -1 */
  bestFeasible(r: number): number {
    const c = this.cands[r];
    let bestPos = -1;
    for (let p = 0; p < c.cms.length; p++) {
      if (this.state.canAdd(r, c.cms[p])) {
        bestPos = p;
        break;
      }
    }
    const g = this.model.reqs[r].sibling;
    if (g >= 0) {
      const bestScore = bestPos < 0 ? -Infinity : c.scores[bestPos];
      for (const o of this.model.siblingGroups[g]) {
        const m = this.state.at[o];
        if (o === r || m < 0) continue;
        const p = c.cms.indexOf(m);
        if (p < 0 || (bestPos >= 0 && p >= bestPos)) continue;
        const s = c.scores[p] + POINTS.siblings;
        if ((s > bestScore || (s === bestScore && p < bestPos)) && this.state.canAdd(r, m)) return m;
      }
    }
    return bestPos < 0 ? -1 : c.cms[bestPos];
  }

  priorityPass(): void {
    for (const r of this.model.order) {
      const m = this.bestFeasible(r);
      if (m >= 0) this.add(r, m);
    }
  }

  improve(trace: string[]): void {
    this.improvementStart = this.state.checks;
    this.rounds(trace);
    const moved = this.relocate();
    trace.push(`moved to a better fit: ${moved}`);
    if (moved > 0) this.rounds(trace);
  }

  private budgetLeft(): boolean {
    return this.state.checks - this.improvementStart < this.opt.improvementChecks;
  }

  private rounds(trace: string[]): void {
    for (;;) {
      const swaps = this.repair();
      const added = this.augmentAll();
      trace.push(`repair (${swaps} swaps) + insertion (+${added}): ${this.state.placedCount()}`);
      if (added === 0) return;
    }
  }

  /** fills wasted places and resolves justified envy until neither exists; returns the number of swaps */
  repair(): number {
    let swaps = 0;
    let changed = true;
    // whether r can fill a place or displace a lower-priority child depends only on r's childminders (their loads,
    // their site's load, their children): r is looked at again only when one of them changed since its last look
    const seen = new Int32Array(this.model.reqs.length);
    while (changed) {
      changed = false;
      for (const r of this.model.order) {
        if (this.state.at[r] >= 0) continue;
        if (seen[r] > 0 && !this.changedSince(r, seen[r])) continue;
        seen[r] = ++this.step;
        const m = this.bestFeasible(r);
        if (m >= 0) {
          this.add(r, m);
          changed = true;
          continue;
        }
        if (this.swapIn(r)) {
          swaps++;
          changed = true;
        }
      }
    }
    return swaps;
  }

  /** r takes the place of the lowest-priority child s at some candidate m whose leaving makes room */
  private swapIn(r: number): boolean {
    const rank = this.model.reqs[r].rank;
    const c = this.cands[r];
    for (let p = 0; p < c.cms.length; p++) {
      const m = c.cms[p];
      const block = this.blockingSlot(r, m);
      const lower = this.state.members[m].filter(
        (s) => this.model.reqs[s].rank > rank && (block === null || block < 0 || this.hasSlot(s, block)),
      );
      if (lower.length === 0) continue;
      lower.sort((a, b) => this.model.reqs[b].rank - this.model.reqs[a].rank);
      for (const s of lower) {
        if (this.state.canAddWithout(r, m, s)) {
          this.remove(s);
          this.add(r, m);
          return true;
        }
      }
    }
    return false;
  }

  /** tries to place each unplaced child without unplacing anyone; returns how many were placed */
  augmentAll(): number {
    let added = 0;
    for (const r of this.model.order) {
      if (this.state.at[r] >= 0) continue;
      if (this.insert(r)) added++;
    }
    return added;
  }

  private insert(r: number): boolean {
    const c = this.cands[r];
    if (c.cms.length === 0) return false;
    const component = this.component(r);
    if (component !== null) return this.exactInsert(r, component);
    if (!this.budgetLeft()) return false;
    // large component: ejection chains, retried only when one of r's childminders changed since the last try
    if (this.lastTry[r] > 0 && !this.changedSince(r, this.lastTry[r])) return false;
    this.lastTry[r] = ++this.step;
    const limit = this.state.checks + this.opt.chainChecksPerRequest;
    this.inChain[r] = 1;
    const ok = this.chain(r, this.opt.chainDepth, limit);
    this.inChain[r] = 0;
    return ok;
  }

  private chain(r: number, depth: number, limit: number): boolean {
    const c = this.cands[r];
    for (let p = 0; p < c.cms.length; p++) {
      if (this.state.canAdd(r, c.cms[p])) {
        this.add(r, c.cms[p]);
        return true;
      }
    }
    if (depth === 0) return false;
    for (let p = 0; p < c.cms.length; p++) {
      const m = c.cms[p];
      const block = this.blockingSlot(r, m);
      for (const s of this.state.members[m].slice()) {
        if (this.state.checks > limit) return false;
        if (this.inChain[s] || (block !== null && block >= 0 && !this.hasSlot(s, block))) continue;
        if (!this.state.canAddWithout(r, m, s)) continue;
        this.remove(s);
        this.add(r, m);
        this.inChain[s] = 1;
        const ok = this.chain(s, depth - 1, limit);
        this.inChain[s] = 0;
        if (ok) return true;
        this.remove(r);
        this.add(s, m);
      }
    }
    return false;
  }

  /**
   * The placed children whose childminders r could reach, directly or through other children's candidates (and
   * shared sites): the only ones a reassignment making room for r may touch. null when above the exact limit.
   */
  private component(r: number): number[] | null {
    const model = this.model;
    const placed: number[] = [];
    const cmsSeen: number[] = [];
    const queue: number[] = [r];
    this.componentMark[r] = 1;
    let tooBig = false;
    const visitCm = (m: number): void => {
      if (this.cmMark[m]) return;
      const site = model.cms[m].site;
      const group = site >= 0 ? model.sites[site].childminders : [m];
      for (const x of group) {
        if (this.cmMark[x]) continue;
        this.cmMark[x] = 1;
        cmsSeen.push(x);
        for (const s of this.state.members[x]) {
          if (this.componentMark[s]) continue;
          this.componentMark[s] = 1;
          placed.push(s);
          queue.push(s);
        }
      }
    };
    for (let q = 0; q < queue.length && !tooBig; q++) {
      const c = this.cands[queue[q]];
      for (let p = 0; p < c.cms.length; p++) visitCm(c.cms[p]);
      if (placed.length > this.opt.exactComponentLimit) tooBig = true;
    }
    this.componentMark[r] = 0;
    for (const s of placed) this.componentMark[s] = 0;
    for (const m of cmsSeen) this.cmMark[m] = 0;
    return tooBig ? null : placed;
  }

  /** exhaustive search: can r and every child in `placed` be assigned at once? Applies the assignment if so. */
  private exactInsert(r: number, placed: number[]): boolean {
    const saved = placed.map((s) => this.state.at[s]);
    for (const s of placed) this.remove(s);
    const order = [r, ...placed.slice().sort((a, b) => this.cands[a].cms.length - this.cands[b].cms.length || a - b)];
    const previous = new Map<number, number>();
    placed.forEach((s, i) => previous.set(s, saved[i]));
    let nodes = 0;
    const budget = this.opt.exactNodeBudget;
    const dfs = (i: number): boolean => {
      if (i === order.length) return true;
      if (++nodes > budget) return false;
      const child = order[i];
      const c = this.cands[child];
      const prev = previous.get(child) ?? -1;
      const tryAt = (m: number): boolean => {
        if (!this.state.canAdd(child, m)) return false;
        this.add(child, m);
        if (dfs(i + 1)) return true;
        this.remove(child);
        return false;
      };
      if (prev >= 0 && tryAt(prev)) return true;
      for (let p = 0; p < c.cms.length; p++) {
        if (c.cms[p] !== prev && tryAt(c.cms[p])) return true;
        if (nodes > budget) return false;
      }
      return false;
    };
    if (dfs(0)) return true;
    placed.forEach((s, i) => this.add(s, saved[i]));
    return false;
  }

  /** one pass in priority order: move a child to a better-scoring childminder where it fits; returns moves */
  private relocate(): number {
    let moves = 0;
    for (const r of this.model.order) {
      const cur = this.state.at[r];
      if (cur < 0) continue;
      const c = this.cands[r];
      const curPos = c.cms.indexOf(cur);
      const curScore = this.scoreAt(r, curPos);
      for (let p = 0; p < c.cms.length; p++) {
        const m = c.cms[p];
        if (m === cur) continue;
        if (this.scoreAt(r, p) <= curScore) continue;
        if (this.state.canAdd(r, m)) {
          this.remove(r);
          this.add(r, m);
          moves++;
          break;
        }
      }
    }
    return moves;
  }
}

import type { Model } from './model';
import type { Candidates } from './state';

/**
 * Upper bound on the number of children any assignment can place: a maximum flow source → request (1) →
 * childminder (1 per pair passing rules 1–5 whose child fits alone next to the existing placements) → sink (cap_m).
 * cap_m relaxes rule 6 to the last elementary date interval, where every assigned child is present (requests are
 * open-ended): remaining contracts there, and the most children whose slot counts fit into the remaining
 * slot capacity summed over the week (smallest schedules first: the optimum of that knapsack relaxation).
 * Site limits are left out (a relaxation stays an upper bound).
 */
export function upperBound(model: Model, cands: Candidates[], fitsAlone: (r: number, m: number) => boolean): number {
  const nR = model.reqs.length;
  const nM = model.cms.length;
  const edges: Candidates[] = cands.map((c, r) => {
    const cms = c.cms.filter((m) => fitsAlone(r, m));
    return { cms, scores: new Int16Array(cms.length) };
  });
  cands = edges;
  const caps = new Int32Array(nM);
  const freeSlots = new Float64Array(nM);
  const freeContracts = new Int32Array(nM);
  const existing = existingFinalLoad(model);
  for (let m = 0; m < nM; m++) {
    const cm = model.cms[m];
    const load = existing.loads[m];
    let free = 0;
    for (let s = 0; s < model.weekSlots; s++) if (cm.offered[s]) free += Math.max(0, cm.src.maxPresent - load[s]);
    freeSlots[m] = free;
    freeContracts[m] = Math.max(0, cm.src.maxContracts - existing.contracts[m]);
  }
  const byCm: number[][] = model.cms.map(() => []);
  for (let r = 0; r < nR; r++) for (const m of cands[r].cms) byCm[m].push(model.reqs[r].slots.length);
  for (let m = 0; m < nM; m++) {
    const sizes = byCm[m].sort((a, b) => a - b);
    let used = 0;
    let n = 0;
    for (const size of sizes) {
      if (n >= freeContracts[m] || used + size > freeSlots[m]) break;
      used += size;
      n++;
    }
    caps[m] = n;
  }
  return maxFlow(nR, nM, cands, caps);
}

/** load of the existing placements in the last elementary interval (open-ended placements only) */
function existingFinalLoad(model: Model): { loads: Int16Array[]; contracts: number[] } {
  const loads: Int16Array[] = [];
  const contracts: number[] = [];
  for (const cm of model.cms) {
    const load = new Int16Array(model.weekSlots);
    let n = 0;
    for (const p of cm.src.placements) {
      if (p.until) continue;
      n++;
      for (const e of p.schedule) {
        const perDay = 1440 / model.slotMinutes;
        const [fh, fm] = e.from.split(':').map(Number);
        const [th, tm] = e.to.split(':').map(Number);
        for (let s = (fh * 60 + fm) / model.slotMinutes; s < (th * 60 + tm) / model.slotMinutes; s++) {
          load[e.day * perDay + s]++;
        }
      }
    }
    loads.push(load);
    contracts.push(n);
  }
  return { loads, contracts };
}

/** Dinic on the bipartite network (requests, childminders) with unit request capacities. */
function maxFlow(nR: number, nM: number, cands: Candidates[], caps: Int32Array): number {
  // nodes: 0 = source, 1..nR requests, nR+1..nR+nM childminders, nR+nM+1 sink
  const S = 0;
  const T = nR + nM + 1;
  const N = T + 1;
  let edgeCount = 0;
  for (let r = 0; r < nR; r++) edgeCount += cands[r].cms.length;
  const E = 2 * (nR + edgeCount + nM);
  const to = new Int32Array(E);
  const cap = new Int32Array(E);
  const next = new Int32Array(E);
  const head = new Int32Array(N).fill(-1);
  let e = 0;
  const addEdge = (u: number, v: number, c: number): void => {
    to[e] = v;
    cap[e] = c;
    next[e] = head[u];
    head[u] = e++;
    to[e] = u;
    cap[e] = 0;
    next[e] = head[v];
    head[v] = e++;
  };
  const sinkEdge = new Int32Array(nM).fill(-1);
  for (let m = 0; m < nM; m++) {
    if (caps[m] > 0) {
      sinkEdge[m] = e;
      addEdge(1 + nR + m, T, caps[m]);
    }
  }
  let flow = 0;
  for (let r = 0; r < nR; r++) {
    if (cands[r].cms.length === 0) continue;
    const sourceEdge = e;
    addEdge(S, 1 + r, 1);
    let matched = false;
    for (const m of cands[r].cms) {
      const x = e;
      addEdge(1 + r, 1 + nR + m, 1);
      const t = sinkEdge[m];
      // greedy start: most of the flow is found here, Dinic only repairs the rest
      if (!matched && t >= 0 && cap[t] > 0) {
        matched = true;
        for (const y of [sourceEdge, x, t]) {
          cap[y] -= 1;
          cap[y ^ 1] += 1;
        }
        flow++;
      }
    }
  }
  const level = new Int32Array(N);
  const it = new Int32Array(N);
  const queue = new Int32Array(N);
  for (;;) {
    level.fill(-1);
    level[S] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = S;
    while (qh < qt) {
      const u = queue[qh++];
      for (let x = head[u]; x >= 0; x = next[x]) {
        if (cap[x] > 0 && level[to[x]] < 0) {
          level[to[x]] = level[u] + 1;
          queue[qt++] = to[x];
        }
      }
    }
    if (level[T] < 0) return flow;
    it.set(head);
    // iterative DFS for one unit at a time (paths are short: S → r → m → … → T)
    const stackNode = new Int32Array(N);
    const stackEdge = new Int32Array(N);
    for (;;) {
      let depth = 0;
      stackNode[0] = S;
      let found = false;
      while (depth >= 0) {
        const u = stackNode[depth];
        if (u === T) {
          found = true;
          break;
        }
        let advanced = false;
        for (; it[u] >= 0; it[u] = next[it[u]]) {
          const x = it[u];
          if (cap[x] > 0 && level[to[x]] === level[u] + 1) {
            stackEdge[depth] = x;
            stackNode[++depth] = to[x];
            advanced = true;
            break;
          }
        }
        if (!advanced) {
          level[u] = -1;
          depth--;
          if (depth >= 0) it[stackNode[depth]] = next[it[stackNode[depth]]];
        }
      }
      if (!found) break;
      for (let d = 0; d < depth; d++) {
        cap[stackEdge[d]] -= 1;
        cap[stackEdge[d] ^ 1] += 1;
      }
      flow++;
    }
  }
}

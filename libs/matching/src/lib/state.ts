import type { Model } from './model';
import { staticScore } from './score';

/** Candidates of one request: childminders passing rules 1–5, best static score first (ties: smaller index). */
export interface Candidates {
  cms: Int32Array;
  scores: Int16Array;
}

export function buildCandidates(model: Model): Candidates[] {
  return model.reqs.map((r) => {
    // sort key (lower first): score descending, then childminder index ascending — packed in one double so the
    // typed-array sort (no comparator, no objects) does the work
    const keys: number[] = [];
    for (const { cm, km } of model.inReach(r)) {
      const m = model.cms[cm];
      if (model.eligible(r, m, km)) keys.push((1000 - staticScore(r, m, km)) * 1_048_576 + cm);
    }
    const sorted = new Float64Array(keys).sort();
    const cms = new Int32Array(sorted.length);
    const scores = new Int16Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      const cm = sorted[i] % 1_048_576;
      cms[i] = cm;
      scores[i] = 1000 - (sorted[i] - cm) / 1_048_576;
    }
    return { cms, scores };
  });
}

/** Who is assigned where, with the capacity timelines kept in step (rule 6). */
export class AssignmentState {
  readonly at: Int32Array;
  readonly members: number[][];
  private readonly mask: Uint8Array;
  /** number of rule-6 checks done: the deterministic work budget of the improvement phase */
  checks = 0;

  constructor(readonly model: Model) {
    this.at = new Int32Array(model.reqs.length).fill(-1);
    this.members = model.cms.map(() => []);
    this.mask = new Uint8Array(model.weekSlots);
  }

  canAdd(r: number, m: number): boolean {
    this.checks++;
    const req = this.model.reqs[r];
    const cm = this.model.cms[m];
    if (req.start < cm.blockedBefore) return false;
    if (!cm.timeline.fits(req.start, req.slots, cm.src.maxPresent, cm.src.maxContracts)) return false;
    if (cm.site < 0) return true;
    const site = this.model.sites[cm.site];
    return site.timeline.fits(req.start, req.slots, site.maxPresent, Infinity);
  }

  /** whether r fits at m once s (assigned at m) has left */
  canAddWithout(r: number, m: number, s: number): boolean {
    this.checks++;
    const req = this.model.reqs[r];
    const leaving = this.model.reqs[s];
    const cm = this.model.cms[m];
    if (req.start < cm.blockedBefore) return false;
    const mask = this.mask;
    for (let k = 0; k < leaving.slots.length; k++) mask[leaving.slots[k]] = 1;
    let ok = cm.timeline.fits(req.start, req.slots, cm.src.maxPresent, cm.src.maxContracts, mask, leaving.start);
    if (ok && cm.site >= 0) {
      const site = this.model.sites[cm.site];
      ok = site.timeline.fits(req.start, req.slots, site.maxPresent, Infinity, mask, leaving.start);
    }
    for (let k = 0; k < leaving.slots.length; k++) mask[leaving.slots[k]] = 0;
    return ok;
  }

  add(r: number, m: number): void {
    const req = this.model.reqs[r];
    const cm = this.model.cms[m];
    cm.timeline.add(req.start, Infinity, req.slots, 1);
    if (cm.site >= 0) this.model.sites[cm.site].timeline.add(req.start, Infinity, req.slots, 1);
    this.at[r] = m;
    this.members[m].push(r);
  }

  remove(r: number): void {
    const m = this.at[r];
    const req = this.model.reqs[r];
    const cm = this.model.cms[m];
    cm.timeline.add(req.start, Infinity, req.slots, -1);
    if (cm.site >= 0) this.model.sites[cm.site].timeline.add(req.start, Infinity, req.slots, -1);
    this.at[r] = -1;
    const list = this.members[m];
    list.splice(list.indexOf(r), 1);
  }

  placedCount(): number {
    let n = 0;
    for (let i = 0; i < this.at.length; i++) if (this.at[i] >= 0) n++;
    return n;
  }
}

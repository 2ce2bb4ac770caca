/**
 * Load of one childminder (or one site) over time: the future is cut into elementary date intervals at every day on
 * which a child starts or stops; each interval holds a presence counter per week slot (7 × slotsPerDay, Int16) and
 * a contract counter. Requests run open-ended, so an interval list ending in [lastBreak, ∞) is exact.
 */
export class Timeline {
  /** breaks[i] = first day of interval i; breaks[0] is the horizon (earlier days do not matter) */
  readonly breaks: number[];
  readonly loads: Int16Array[];
  readonly contracts: number[];

  constructor(
    horizon: number,
    private readonly weekSlots: number,
  ) {
    this.breaks = [horizon];
    this.loads = [new Int16Array(weekSlots)];
    this.contracts = [0];
  }

  /** index of the interval containing `day` (days before the horizon count as the first interval) */
  indexOf(day: number): number {
    const b = this.breaks;
    let lo = 0;
    let hi = b.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (b[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** makes `day` the first day of an interval; returns its index */
  split(day: number): number {
    const i = this.indexOf(day);
    if (this.breaks[i] === day || day < this.breaks[0]) return i;
    this.breaks.splice(i + 1, 0, day);
    this.loads.splice(i + 1, 0, this.loads[i].slice());
    this.contracts.splice(i + 1, 0, this.contracts[i]);
    return i + 1;
  }

  /** adds `delta` children present in `slots` (and contracts) on days [from, untilExclusive) */
  add(from: number, untilExclusive: number, slots: ArrayLike<number>, delta: number): void {
    if (untilExclusive <= this.breaks[0]) return;
    const i0 = from <= this.breaks[0] ? 0 : this.split(from);
    const i1 = Number.isFinite(untilExclusive) ? this.split(untilExclusive) : this.breaks.length;
    for (let i = i0; i < i1; i++) {
      const load = this.loads[i];
      for (let k = 0; k < slots.length; k++) load[slots[k]] += delta;
      this.contracts[i] += delta;
    }
  }

  /**
   * Whether one more child present in `slots` from `from` on keeps every slot ≤ maxPresent and contracts
   * ≤ maxContracts (pass Infinity to skip). `exceptMask`/`exceptFrom`: a child leaving (its slots marked in the mask).
   */
  fits(
    from: number,
    slots: ArrayLike<number>,
    maxPresent: number,
    maxContracts: number,
    exceptMask: Uint8Array | null = null,
    exceptFrom = Infinity,
  ): boolean {
    const n = this.breaks.length;
    // the last interval first: every open-ended child is there, so it is the likeliest to be full
    if (exceptMask === null) {
      const last = n - 1;
      if (this.contracts[last] + 1 > maxContracts) return false;
      const load = this.loads[last];
      for (let k = 0; k < slots.length; k++) if (load[slots[k]] + 1 > maxPresent) return false;
    }
    for (let i = this.indexOf(from); i < n; i++) {
      const gone = exceptMask !== null && this.breaks[i] >= exceptFrom ? 1 : 0;
      // an interval that starts before exceptFrom but contains it: the leaving child is not there yet
      if (this.contracts[i] - gone + 1 > maxContracts) return false;
      const load = this.loads[i];
      if (gone) {
        for (let k = 0; k < slots.length; k++) {
          const s = slots[k];
          if (load[s] - (exceptMask as Uint8Array)[s] + 1 > maxPresent) return false;
        }
      } else {
        for (let k = 0; k < slots.length; k++) if (load[slots[k]] + 1 > maxPresent) return false;
      }
    }
    return true;
  }

  /**
   * End (exclusive) of the last interval whose load already breaks a limit in any slot, or -Infinity. Rule 6 reads
   * "for every date interval and every slot", so a childminder overloaded by existing placements takes nobody who
   * would be there during the overload (see docs/matching.md).
   */
  overloadEnd(maxPresent: number, maxContracts: number): number {
    let end = -Infinity;
    for (let i = 0; i < this.breaks.length; i++) {
      let over = this.contracts[i] > maxContracts;
      const load = this.loads[i];
      for (let s = 0; s < load.length && !over; s++) if (load[s] > maxPresent) over = true;
      if (over) end = i + 1 < this.breaks.length ? this.breaks[i + 1] : Infinity;
    }
    return end;
  }

  /** first (interval start day, slot) where one more child does not fit, or the contract limit: for "why not" */
  firstConflict(from: number, slots: ArrayLike<number>, maxPresent: number, maxContracts: number): { day: number; slot: number } | null {
    for (let i = this.indexOf(from); i < this.breaks.length; i++) {
      if (this.contracts[i] + 1 > maxContracts) return { day: Math.max(from, this.breaks[i]), slot: -1 };
      const load = this.loads[i];
      for (let k = 0; k < slots.length; k++) {
        if (load[slots[k]] + 1 > maxPresent) return { day: Math.max(from, this.breaks[i]), slot: slots[k] };
      }
    }
    return null;
  }
}

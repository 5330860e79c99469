/**
 * "Notify once per flood": the first refused request of a flood gets a polite notice, later ones
 * in the same flood are dropped silently, and the next allowed request ends the flood.
 * Keyed per user, so one flooder never silences anyone else.
 */
export class FloodNotices {
  private readonly flooding = new Set<string>();

  constructor(private readonly maxTracked = 50_000) {}

  /** Records the limiter's answer for `key`; true when a notice should be sent now. */
  settle(key: string, allowed: boolean): boolean {
    if (allowed) {
      this.flooding.delete(key);
      return false;
    }
    if (this.flooding.has(key)) return false;
    if (this.flooding.size >= this.maxTracked) this.flooding.clear();
    this.flooding.add(key);
    return true;
  }
}

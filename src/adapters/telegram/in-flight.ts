import type { Context, NextFunction } from 'grammy';

/**
 * Tracks updates being handled, so a shutdown can wait for them, and the newest update id
 * seen, so the offset can be confirmed to Telegram (otherwise they come back after a restart).
 */
export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private newest = 0;

  /** The highest update_id that reached the bot (0 before the first). */
  get lastUpdateId(): number {
    return this.newest;
  }

  readonly middleware = async (ctx: Context, next: NextFunction): Promise<void> => {
    this.newest = Math.max(this.newest, ctx.update.update_id);
    const work = next();
    this.running.add(work);
    try {
      await work;
    } finally {
      this.running.delete(work);
    }
  };

  /** Resolves once no update is being handled. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

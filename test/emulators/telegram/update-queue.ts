import type { Update } from 'grammy/types';
import { ApiError } from './errors.ts';

export type UpdateBody = Omit<Update, 'update_id'>;

interface Poll {
  offset: number;
  limit: number;
  resolve: (updates: Update[]) => void;
  reject: (error: ApiError) => void;
  timer: NodeJS.Timeout;
}

/**
 * Pending updates and getUpdates long polling with Telegram's semantics: `offset` confirms every
 * earlier update; a poll with nothing to return waits up to `timeout` seconds and resolves as
 * soon as an update is queued; a second concurrent poll terminates the first with 409.
 */
export class UpdateQueue {
  private pending: Update[] = [];
  private nextId = 1;
  private poll: Poll | undefined;
  private parkedListeners: (() => void)[] = [];

  /** Resolves when a getUpdates call is waiting for updates (now or next). */
  whenPolling(): Promise<void> {
    if (this.poll) return Promise.resolve();
    return new Promise((resolve) => this.parkedListeners.push(resolve));
  }

  push(body: UpdateBody): Update {
    const update = { update_id: this.nextId++, ...body } as Update;
    this.pending.push(update);
    this.wake();
    return update;
  }

  /** Updates not yet confirmed by an offset. */
  get size(): number {
    return this.pending.length;
  }

  /** Answers one getUpdates call; `onAbort` lets the caller cancel a poll whose client went away. */
  get(params: { offset?: number; limit?: number; timeout?: number }, onAbort: (cancel: () => void) => void): Promise<Update[]> {
    const offset = params.offset ?? 0;
    if (offset > 0) this.pending = this.pending.filter((u) => u.update_id >= offset);
    const limit = Math.min(Math.max(params.limit ?? 100, 1), 100);
    const ready = this.take(offset, limit);
    const timeout = params.timeout ?? 0;
    if (ready.length > 0 || timeout <= 0) return Promise.resolve(ready);

    if (this.poll) {
      const previous = this.poll;
      this.poll = undefined;
      clearTimeout(previous.timer);
      previous.reject(new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
    }
    return new Promise<Update[]>((resolve, reject) => {
      const finish = (updates: Update[]): void => {
        if (this.poll !== poll) return;
        this.poll = undefined;
        clearTimeout(poll.timer);
        resolve(updates);
      };
      const poll: Poll = {
        offset,
        limit,
        resolve: finish,
        reject,
        timer: setTimeout(() => finish([]), timeout * 1000),
      };
      this.poll = poll;
      onAbort(() => finish([]));
      const listeners = this.parkedListeners;
      this.parkedListeners = [];
      for (const listener of listeners) listener();
    });
  }

  /** Ends a waiting poll (used when the emulator closes). */
  close(): void {
    this.poll?.resolve([]);
  }

  private take(offset: number, limit: number): Update[] {
    return this.pending.filter((u) => u.update_id >= offset).slice(0, limit);
  }

  private wake(): void {
    const poll = this.poll;
    if (!poll) return;
    const ready = this.take(poll.offset, poll.limit);
    if (ready.length > 0) poll.resolve(ready);
  }
}

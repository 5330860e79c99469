import type { InteractionRecord } from './interactions.ts';
import { isEphemeral } from './messages.ts';
import type { Json } from './model.ts';

export type WaitFor = <T>(check: () => T | undefined | false, what: string) => Promise<T>;

/** What the user ended up seeing for one interaction. */
export interface Shown {
  message: Json;
  ephemeral: boolean;
  /** 'reply': a new response message; 'update': the message the component is on was changed. */
  how: 'reply' | 'update';
}

const LOADING = 1 << 7;

/** The final visible answer of an interaction, or undefined while it is still pending or loading. */
export function shownFor(record: InteractionRecord): Shown | undefined {
  const original = record.original;
  if (original && ((original.flags as number) & LOADING) === 0) {
    return { message: original, ephemeral: isEphemeral(original), how: 'reply' };
  }
  if (record.sourceUpdates > 0 && record.sourceMessage) {
    return { message: record.sourceMessage, ephemeral: isEphemeral(record.sourceMessage), how: 'update' };
  }
  return undefined;
}

/** A dispatched interaction, with event-driven waits for what the bot does with it. */
export class InteractionHandle {
  constructor(
    readonly record: InteractionRecord,
    private readonly waitFor: WaitFor,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** Resolves with the final visible answer (a reply after any deferral, or an update). */
  shown(): Promise<Shown> {
    return this.waitFor(() => shownFor(this.record), `a visible answer to interaction ${this.id}`);
  }

  /** The final answer's message. */
  async reply(): Promise<Json> {
    return (await this.shown()).message;
  }

  /** Resolves once the interaction has been acknowledged (any callback type). */
  acknowledged(): Promise<{ type: number; data?: Json }> {
    return this.waitFor(() => this.record.callbacks[0], `an acknowledgement of interaction ${this.id}`);
  }

  choices(): Promise<{ name: string; value: unknown }[]> {
    return this.waitFor(() => this.record.choices ?? undefined, `autocomplete choices for ${this.id}`);
  }

  followUp(index = 0): Promise<Json> {
    return this.waitFor(() => this.record.followUps[index], `follow-up #${index} of ${this.id}`);
  }

  /** Resolves with the first API error returned to the bot for this interaction. */
  error(): Promise<{ status: number; code: number; message: string }> {
    return this.waitFor(() => this.record.errors[0], `an API error for ${this.id}`);
  }
}

import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandRegistry } from './commands.ts';
import { EmulatedGateway } from './gateway.ts';
import { InteractionHandle } from './handle.ts';
import { InteractionBook, type InteractionKind, type InteractionRecord } from './interactions.ts';
import { defaultGuild, snowflake, type BotIdentity, type EmulatedChannel, type EmulatedGuild, type Json } from './model.ts';
import { interactionPayload, userMessage, type DispatchOptions } from './payloads.ts';
import { handleRest, type Fault, type RecordedRequest } from './rest.ts';

export interface EmulatorOptions {
  token?: string;
  /** Clock for the 3 s interaction deadline and 15 min token lifetime; inject one to test expiry. */
  now?: () => number;
  heartbeatIntervalMs?: number;
  privilegedIntentsAllowed?: boolean;
  /** The gateway URL GET /gateway/bot advertises (default: this emulator's own gateway). */
  advertisedGatewayUrl?: string;
  /** How long a wait may take before it fails the test (a safety net, not a synchroniser). */
  waitTimeoutMs?: number;
}

/** A hand-driven clock: `advance(ms)` moves time forward for deadline tests. */
export function manualClock(start = Date.now()): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/** A message the emulator saw that could ping people (no `allowed_mentions: { parse: [] }`). */
export interface MentionRisk {
  method: string;
  path: string;
  body: unknown;
}

type OptionValue = string | boolean | number;

/**
 * A loopback Discord: REST under /api/v10 plus a gateway WebSocket, on 127.0.0.1 and an
 * ephemeral port. Emits 'change' whenever anything is recorded; all waits hang off that event.
 */
export class DiscordEmulator extends EventEmitter {
  readonly bot: BotIdentity;
  readonly guilds: EmulatedGuild[] = [defaultGuild()];
  readonly commands = new CommandRegistry();
  readonly requests: RecordedRequest[] = [];
  readonly channelMessages = new Map<string, Json[]>();
  readonly faults: Fault[] = [];
  readonly mentionRisks: MentionRisk[] = [];
  readonly book: InteractionBook;
  readonly gateway: EmulatedGateway;
  private readonly waitTimeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly server: Server, options: EmulatorOptions) {
    super();
    this.setMaxListeners(0);
    this.bot = { token: options.token ?? 'emulator-token', applicationId: snowflake(), userId: snowflake(), username: 'claimcheck' };
    this.waitTimeoutMs = options.waitTimeoutMs ?? 10_000; // under the suite's 20 s test timeout, so the descriptive error wins
    this.now = options.now ?? Date.now;
    this.book = new InteractionBook(this.bot, this.now, () => this.emit('change'));
    this.gateway = new EmulatedGateway({
      server,
      bot: this.bot,
      guilds: () => this.guilds,
      privilegedIntentsAllowed: options.privilegedIntentsAllowed ?? false,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: () => this.gatewayUrl,
      onEvent: () => this.emit('change'),
    });
    server.on('request', (req, res) => {
      void handleRest(req, res, {
        bot: this.bot,
        gatewayUrl: () => options.advertisedGatewayUrl ?? this.gatewayUrl,
        commands: this.commands,
        book: this.book,
        faults: this.faults,
        findChannel: (id) => this.findChannel(id),
        hasGuild: (id) => this.guilds.some((g) => g.id === id),
        storeChannelMessage: (channelId, message) => {
          this.channelMessages.set(channelId, [...(this.channelMessages.get(channelId) ?? []), message]);
        },
        onRequest: (r) => this.record(r),
      });
    });
  }

  private get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  /** Pass as discord.js `rest.api` (DISCORD_API_ROOT). */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }
  get guild(): EmulatedGuild {
    return this.guilds[0] as EmulatedGuild;
  }
  get channel(): EmulatedChannel {
    return this.guild.channels[0] as EmulatedChannel;
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    const body = request.body as Json | undefined;
    const data = (request.path.endsWith('/callback') ? body?.data : body) as Json | undefined;
    const carriesText = data && (typeof data.content === 'string' || Array.isArray(data.embeds));
    const mentions = data?.allowed_mentions as Json | undefined;
    const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
    const safe = Array.isArray(mentions?.parse) && mentions.parse.length === 0 && empty(mentions.users) && empty(mentions.roles);
    if (carriesText && !safe && request.method !== 'GET') this.mentionRisks.push({ method: request.method, path: request.path, body });
    this.emit('change');
  }

  findChannel(id: string): { guild: EmulatedGuild; channel: EmulatedChannel } | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === id);
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  /** Resolves with check()'s first truthy value, re-checking on every recorded change. */
  waitFor<T>(check: () => T | undefined | false, what = 'a condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value === undefined || value === false) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Discord emulator: timed out waiting for ${what}`));
      }, this.waitTimeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('change', attempt);
      };
      if (!attempt()) this.on('change', attempt);
    });
  }

  /** Waits until a client has identified and received READY. */
  ready(): Promise<true> {
    return this.waitFor(() => this.gateway.readySessions() > 0 || undefined, 'a gateway session to be ready');
  }

  /** Waits until commands are registered in the scope ('global' or a guild id). */
  registered(scope = 'global'): Promise<Json[]> {
    return this.waitFor(() => (this.commands.list(scope).length > 0 ? this.commands.list(scope) : undefined), `commands in ${scope}`);
  }

  private dispatch(kind: InteractionKind, data: Json, options: DispatchOptions, extra: Json = {}, source: Json | null = null): InteractionHandle {
    const found = this.findChannel(options.channelId ?? this.channel.id);
    if (!found) throw new Error(`Unknown channel ${options.channelId}`);
    const payload = interactionPayload(kind, data, { ...found, applicationId: this.bot.applicationId }, options, extra);
    const record: InteractionRecord = {
      id: String(payload.id), token: String(payload.token), kind, payload, createdAt: this.now(),
      callbacks: [], original: null, sourceMessage: source, sourceUpdates: 0, followUps: [], choices: null, errors: [],
    };
    this.book.add(record);
    if (this.gateway.broadcast('INTERACTION_CREATE', payload) === 0) throw new Error('No ready gateway session to receive the interaction');
    this.emit('change');
    return new InteractionHandle(record, (check, what) => this.waitFor(check, what));
  }

  private command(name: string, type: number, guildId: string): Json {
    const cmd = this.commands.find(guildId, name, type);
    if (!cmd) throw new Error(`No registered command "${name}" (type ${type}); a user could not invoke it`);
    return cmd;
  }

  private commandOptions(cmd: Json, values: Record<string, OptionValue>, focused?: string): Json[] {
    const defs = (Array.isArray(cmd.options) ? cmd.options : []) as Json[];
    for (const def of defs) {
      if (def.required && !(String(def.name) in values)) throw new Error(`Missing required option ${String(def.name)}`);
    }
    return Object.entries(values).map(([name, value]) => {
      const def = defs.find((d) => d.name === name);
      if (!def) throw new Error(`Command ${String(cmd.name)} has no option ${name}`);
      const max = typeof def.max_length === 'number' ? def.max_length : 6000;
      if (typeof value === 'string' && [...value].length > max && name !== focused) throw new Error(`Option ${name} is limited to ${max} characters`);
      return { name, type: def.type, value, ...(name === focused ? { focused: true } : {}) };
    });
  }

  /** A member runs a chat-input command, e.g. slash('factcheck', { claim: '...' }). */
  slash(name: string, values: Record<string, OptionValue>, options: DispatchOptions = {}): InteractionHandle {
    const cmd = this.command(name, 1, this.guild.id);
    return this.dispatch('command', { id: cmd.id, name, type: 1, guild_id: this.guild.id, options: this.commandOptions(cmd, values) }, options);
  }

  /** A member types into an autocomplete option; `focused` names the option being typed. */
  autocomplete(name: string, values: Record<string, OptionValue>, focused: string, options: DispatchOptions = {}): InteractionHandle {
    const cmd = this.command(name, 1, this.guild.id);
    return this.dispatch('autocomplete', { id: cmd.id, name, type: 1, guild_id: this.guild.id, options: this.commandOptions(cmd, values, focused) }, options);
  }

  /** A member uses a message context-menu command on a message with this content. */
  contextMenu(name: string, content: string, options: DispatchOptions = {}): InteractionHandle {
    const cmd = this.command(name, 3, this.guild.id);
    const found = this.findChannel(options.channelId ?? this.channel.id) ?? { guild: this.guild, channel: this.channel };
    const message = userMessage(content, { ...found, applicationId: this.bot.applicationId });
    return this.dispatch('context-menu', { id: cmd.id, name, type: 3, guild_id: this.guild.id, target_id: message.id, resolved: { messages: { [String(message.id)]: message } } }, options);
  }

  private componentOn(message: Json, customId: string, type: number): Json {
    const rows = (Array.isArray(message.components) ? message.components : []) as Json[];
    const component = rows.flatMap((r) => (Array.isArray(r.components) ? r.components : []) as Json[]).find((c) => c.custom_id === customId && c.type === type);
    if (!component) throw new Error(`The message has no component ${customId} of type ${type}`);
    if (component.disabled) throw new Error(`Component ${customId} is disabled`);
    return component;
  }

  /** A member presses a button (by custom_id) on a message the bot sent. */
  button(message: Json, customId: string, options: DispatchOptions = {}): InteractionHandle {
    this.componentOn(message, customId, 2);
    return this.dispatch('button', { custom_id: customId, component_type: 2 }, options, { message }, message);
  }

  /** A member picks values in a string select menu on a message the bot sent. */
  select(message: Json, customId: string, values: string[], options: DispatchOptions = {}): InteractionHandle {
    this.componentOn(message, customId, 3);
    return this.dispatch('select', { custom_id: customId, component_type: 3, values }, options, { message }, message);
  }

  /** Makes the next `times` requests matching method and path fail with this status/body. */
  injectFault(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  interactions(): InteractionRecord[] {
    return this.book.all();
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts the emulator on 127.0.0.1 with an ephemeral port. */
export async function startDiscordEmulator(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
  const server = createServer();
  const emulator = new DiscordEmulator(server, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return emulator;
}

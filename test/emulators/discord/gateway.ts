import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  applicationObject, guildCreatePayload, PRIVILEGED_INTENTS, snowflake, userObject,
  type BotIdentity, type EmulatedGuild, type Json,
} from './model.ts';

/** Gateway opcodes the emulator speaks. */
const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export interface GatewayConnection {
  /** Query parameters the client connected with (v, encoding, compress). */
  query: Record<string, string>;
  identify?: { intents: number; shard: unknown; compress: unknown };
  /** Heartbeats received (each answered with HEARTBEAT_ACK). */
  heartbeats: number;
  sessionId?: string;
}

export interface GatewayOptions {
  server: Server;
  bot: BotIdentity;
  guilds: () => EmulatedGuild[];
  /** Application flags: allow privileged intents only when the matching flag is set. */
  privilegedIntentsAllowed: boolean;
  heartbeatIntervalMs: number;
  url: () => string;
  onEvent: (name: 'identify' | 'ready' | 'close' | 'heartbeat', connection: GatewayConnection) => void;
}

interface Session {
  socket: WebSocket;
  info: GatewayConnection;
  seq: number;
  ready: boolean;
}

/**
 * A single-shard gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACKs, RESUME, and
 * dispatch of events to every ready session. JSON encoding only, no transport compression
 * (discord.js asks for zlib-stream only when the optional `zlib-sync` package is installed).
 */
export class EmulatedGateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  readonly connections: GatewayConnection[] = [];

  constructor(private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ server: options.server, path: '/gateway' });
    this.wss.on('connection', (socket, request) => this.accept(socket, request.url ?? ''));
  }

  private accept(socket: WebSocket, url: string): void {
    const query = Object.fromEntries(new URL(url, 'http://x').searchParams);
    const session: Session = { socket, info: { query, heartbeats: 0 }, seq: 0, ready: false };
    this.connections.push(session.info);
    this.sessions.add(session);
    socket.on('close', () => {
      this.sessions.delete(session);
      this.options.onEvent('close', session.info);
    });
    if (query.v !== '10' || query.encoding !== 'json' || query.compress !== undefined) {
      // 4012 Invalid API version; the emulator models only v10 JSON without compression.
      socket.close(4012, 'Emulator supports only v=10&encoding=json without compress');
      return;
    }
    socket.on('message', (raw) => this.receive(session, raw.toString()));
    this.send(session, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private receive(session: Session, raw: string): void {
    let payload: { op?: number; d?: Json };
    try {
      payload = JSON.parse(raw) as { op?: number; d?: Json };
    } catch {
      session.socket.close(4002, 'Decode error');
      return;
    }
    const d = payload.d ?? {};
    switch (payload.op) {
      case Op.Heartbeat:
        session.info.heartbeats += 1;
        this.send(session, { op: Op.HeartbeatAck });
        this.options.onEvent('heartbeat', session.info);
        return;
      case Op.Identify:
        return this.identify(session, d);
      case Op.Resume:
        if (d.token !== this.options.bot.token) return void session.socket.close(4004, 'Authentication failed.');
        session.ready = true;
        return this.dispatch(session, 'RESUMED', {});
      default:
        session.socket.close(4001, 'Unknown opcode');
    }
  }

  private identify(session: Session, d: Json): void {
    if (d.token !== this.options.bot.token) return void session.socket.close(4004, 'Authentication failed.');
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    session.info.identify = { intents, shard: d.shard, compress: d.compress };
    this.options.onEvent('identify', session.info);
    if ((intents & PRIVILEGED_INTENTS) !== 0 && !this.options.privilegedIntentsAllowed) {
      return void session.socket.close(4014, 'Disallowed intent(s).');
    }
    session.info.sessionId = snowflake();
    const guilds = this.options.guilds();
    this.dispatch(session, 'READY', {
      v: 10,
      user: { ...userObject(this.options.bot.userId, this.options.bot.username, true), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.info.sessionId,
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: { id: this.options.bot.applicationId, flags: applicationObject(this.options.bot).flags },
      private_channels: [],
      relationships: [],
      presences: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['claimcheck-discord-emulator'],
    });
    session.ready = true;
    // GUILD_CREATE only for the Guilds intent (bit 0), as Discord does.
    if (intents & 1) for (const g of guilds) this.dispatch(session, 'GUILD_CREATE', guildCreatePayload(g, this.options.bot));
    this.options.onEvent('ready', session.info);
  }

  private send(session: Session, payload: Json): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  private dispatch(session: Session, t: string, d: Json): void {
    session.seq += 1;
    this.send(session, { op: Op.Dispatch, t, s: session.seq, d });
  }

  /** Sends an event to every ready session; returns how many received it. */
  broadcast(t: string, d: Json): number {
    let n = 0;
    for (const s of this.sessions) {
      if (!s.ready) continue;
      this.dispatch(s, t, d);
      n += 1;
    }
    return n;
  }

  readySessions(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandRegistry } from './commands.ts';
import type { InteractionBook } from './interactions.ts';
import { checkMessage, toErrorTree } from './limits.ts';
import { ApiError, makeMessage, missingAccess, missingPermissions, unauthorized } from './messages.ts';
import { applicationObject, Perm, userObject, type BotIdentity, type EmulatedChannel, type EmulatedGuild, type Json } from './model.ts';

/** One request as the emulator saw it (the Authorization value itself is never kept). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorized: boolean;
  status: number;
  response: unknown;
}

/** A scripted failure: the next `times` requests matching method+path get this answer. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body: Json;
  headers?: Record<string, string>;
  times: number;
}

export interface RestWorld {
  bot: BotIdentity;
  gatewayUrl(): string;
  commands: CommandRegistry;
  book: InteractionBook;
  findChannel(id: string): { guild: EmulatedGuild; channel: EmulatedChannel } | undefined;
  hasGuild(id: string): boolean;
  storeChannelMessage(channelId: string, message: Json): void;
  faults: Fault[];
  onRequest(request: RecordedRequest): void;
}

type Handler = (m: RegExpMatchArray, body: unknown, world: RestWorld, auth: boolean, query: Record<string, string>) => { status: number; body?: unknown };
const needAuth = (auth: boolean) => {
  if (!auth) throw unauthorized();
};
const asObj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

const routes: [string, RegExp, Handler][] = [
  ['GET', /^\/gateway\/bot$/, (_m, _b, w, auth) => {
    needAuth(auth);
    return { status: 200, body: { url: w.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
  }],
  ['GET', /^\/gateway$/, (_m, _b, w) => ({ status: 200, body: { url: w.gatewayUrl() } })],
  ['GET', /^\/users\/@me$/, (_m, _b, w, auth) => (needAuth(auth), { status: 200, body: { ...userObject(w.bot.userId, w.bot.username, true), verified: true, flags: 0 } })],
  ['GET', /^\/applications\/@me$/, (_m, _b, w, auth) => (needAuth(auth), { status: 200, body: applicationObject(w.bot) })],
  ['PUT', /^\/applications\/(\d+)\/commands$/, (m, b, w, auth) => {
    needAuth(auth);
    if (m[1] !== w.bot.applicationId) throw missingAccess();
    return { status: 200, body: w.commands.overwrite(w.bot.applicationId, 'global', b) };
  }],
  ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, b, w, auth) => {
    needAuth(auth);
    if (m[1] !== w.bot.applicationId || !m[2] || !w.hasGuild(m[2])) throw missingAccess();
    return { status: 200, body: w.commands.overwrite(w.bot.applicationId, m[2], b) };
  }],
  ['GET', /^\/applications\/(\d+)\/commands$/, (_m, _b, w, auth) => (needAuth(auth), { status: 200, body: w.commands.list('global') })],
  ['GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, _b, w, auth) => (needAuth(auth), { status: 200, body: w.commands.list(m[2] ?? '') })],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, b, w, _auth, query) => {
    const response = w.book.callback(m[1] ?? '', m[2] ?? '', asObj(b));
    return query.with_response === 'true' ? { status: 200, body: response } : { status: 204 };
  }],
  ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (m, _b, w) => ({ status: 200, body: w.book.getOriginal(m[1] ?? '', m[2] ?? '') })],
  ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (m, b, w) => ({ status: 200, body: w.book.editOriginal(m[1] ?? '', m[2] ?? '', asObj(b)) })],
  ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (m, _b, w) => (w.book.deleteOriginal(m[1] ?? '', m[2] ?? ''), { status: 204 })],
  ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (m, b, w) => ({ status: 200, body: w.book.followUp(m[1] ?? '', m[2] ?? '', asObj(b)) })],
  ['POST', /^\/channels\/(\d+)\/messages$/, (m, b, w, auth) => {
    needAuth(auth);
    const found = w.findChannel(m[1] ?? '');
    if (!found) throw missingAccess();
    const perms = found.channel.botPermissions;
    if ((perms & Perm.ViewChannel) === 0n) throw missingAccess();
    if ((perms & Perm.SendMessages) === 0n) throw missingPermissions();
    const violations = checkMessage(b);
    if (violations.length > 0) throw new ApiError(400, 50035, 'Invalid Form Body', toErrorTree(violations));
    // Without Embed Links, Discord accepts the message but silently drops its embeds.
    const body = (perms & Perm.EmbedLinks) === 0n ? { ...asObj(b), embeds: [] } : asObj(b);
    const message = makeMessage({ channelId: found.channel.id, guildId: found.guild.id, body, bot: w.bot });
    w.storeChannelMessage(found.channel.id, message);
    return { status: 200, body: message };
  }],
];

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return undefined;
  if (!(req.headers['content-type'] ?? '').includes('application/json')) {
    throw new ApiError(400, 50109, 'The request body contains invalid JSON (emulator accepts JSON bodies only).');
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(400, 50109, 'The request body contains invalid JSON.');
  }
}

/** Handles one HTTP request against the emulated REST API (under /api/v10). */
export async function handleRest(req: IncomingMessage, res: ServerResponse, world: RestWorld): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = req.method ?? 'GET';
  const query = Object.fromEntries(url.searchParams);
  const auth = req.headers.authorization === `Bot ${world.bot.token}`;
  const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10(?=\/)/, '');
  let body: unknown;
  let status = 200;
  let response: unknown;
  let headers: Record<string, string> = {};
  try {
    body = await readBody(req);
    if (!url.pathname.startsWith('/api/v10/')) throw new ApiError(404, 0, '404: Not Found');
    const faultIndex = world.faults.findIndex((f) => f.method === method && f.path.test(path) && f.times > 0);
    const fault = world.faults[faultIndex];
    if (fault) {
      fault.times -= 1;
      headers = fault.headers ?? {};
      const injected = new ApiError(fault.status, typeof fault.body.code === 'number' ? fault.body.code : 0, String(fault.body.message ?? 'Injected fault'), undefined, fault.body);
      const token = path.match(/^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/)?.[1];
      if (token) world.book.noteError(token, injected);
      throw injected;
    }
    const route = routes.find(([m, re]) => m === method && re.test(path));
    if (!route) throw new ApiError(404, 0, '404: Not Found');
    const result = route[2](path.match(route[1]) as RegExpMatchArray, body, world, auth, query);
    status = result.status;
    response = result.body;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(500, 0, '500: Internal Server Error');
    status = apiError.status;
    response = apiError.body();
  }
  world.onRequest({ method, path, query, body, authorized: auth, status, response });
  if (status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(response));
}

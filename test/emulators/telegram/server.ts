import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { ZodError } from 'zod';
import { CallLog } from './call-log.ts';
import { ApiError, BadRequest, tooManyRequests } from './errors.ts';
import { createMethods, type MethodHandler } from './methods.ts';
import { UpdateQueue } from './update-queue.ts';
import { World } from './world.ts';

export interface EmulatorOptions {
  token?: string;
  botUsername?: string;
  /** Whether inline mode is enabled for the bot (BotFather /setinline); default true. */
  inlineMode?: boolean;
}

interface Fault {
  method: string | undefined;
  remaining: number;
  retryAfter: number;
}

/**
 * The HTTP side of the loopback Bot API: routes `/bot<token>/<method>`, answers with Telegram's
 * envelope, injects 429s on request, records every call, and delivers updates either through
 * getUpdates long polling or, once setWebhook was called, by POSTing to the webhook.
 */
export class EmulatorServer {
  readonly token: string;
  readonly world: World;
  readonly log = new CallLog();
  readonly updates = new UpdateQueue();
  /** Results of webhook deliveries: update id → HTTP status the bot answered. */
  readonly deliveries: { updateId: number; status: number }[] = [];
  private readonly methods: Record<string, MethodHandler>;
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  private origin = '';
  private delivery: Promise<void> = Promise.resolve();
  private nextWebhookUpdateId = 1;

  constructor(options: EmulatorOptions = {}) {
    this.token = options.token ?? '123456789:TEST-token_for-the-loopback-emulator';
    this.world = new World(options.botUsername ?? 'claimcheck_test_bot', options.inlineMode ?? true);
    this.methods = createMethods(this.world);
  }

  /** `http://127.0.0.1:<port>`: pass as grammY `client.apiRoot`. */
  get apiRoot(): string {
    return this.origin;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.updates.close();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` calls (to `method`, or to any method but getUpdates) fail with 429. */
  inject429(count: number, retryAfter = 1, method?: string): void {
    this.faults.push({ method, remaining: count, retryAfter });
  }

  /** Queues an update for getUpdates, or delivers it to the webhook when one is set. */
  enqueue(body: Omit<Update, 'update_id'>): Update {
    if (!this.world.webhook) return this.updates.push(body);
    const update = { update_id: this.nextWebhookUpdateId++, ...body } as Update;
    this.delivery = this.delivery.then(() => this.deliver(update));
    return update;
  }

  private async deliver(update: Update): Promise<void> {
    const hook = this.world.webhook;
    if (!hook) return;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secret) headers['x-telegram-bot-api-secret-token'] = hook.secret;
    const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update) }).catch(() => undefined);
    await res?.arrayBuffer().catch(() => undefined);
    const status = res?.status ?? 0;
    this.deliveries.push({ updateId: update.update_id, status });
    // Logged like a call so tests can wait for it (method name cannot clash with the Bot API's).
    this.log.record({ method: 'webhook:delivery', payload: { update_id: update.update_id }, ok: status === 200, result: { status } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    let payload: Record<string, unknown> = {};
    try {
      payload = await readPayload(req);
    } catch {
      return send(res, new BadRequest('invalid JSON body').toBody());
    }
    if (!match) return send(res, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    const handler = this.methods[method];

    try {
      if (token !== this.token) throw new ApiError(401, 'Unauthorized');
      if (method !== 'getUpdates' && !handler) throw new ApiError(404, 'Not Found: method not found');
      this.takeFault(method);
      const result = method === 'getUpdates' ? await this.getUpdates(payload, req) : handler!(payload);
      if (!res.writableEnded && !res.destroyed) send(res, { ok: true, result });
      this.log.record({ method, payload, ok: true, result });
    } catch (error) {
      const apiError = toApiError(error);
      send(res, apiError.toBody());
      this.log.record({ method, payload, ok: false, error: { error_code: apiError.errorCode, description: apiError.description } });
    }
  }

  private getUpdates(payload: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> {
    if (this.world.webhook) {
      throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined);
    return this.updates.get({ offset: num(payload.offset), limit: num(payload.limit), timeout: num(payload.timeout) }, (cancel) =>
      req.socket.once('close', cancel),
    );
  }

  private takeFault(method: string): void {
    const fault = this.faults.find((f) => f.remaining > 0 && (f.method === undefined ? method !== 'getUpdates' : f.method === method));
    if (!fault) return;
    fault.remaining -= 1;
    throw tooManyRequests(fault.retryAfter);
  }
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return new BadRequest(`invalid parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return new ApiError(500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`);
}

function send(res: ServerResponse, body: { ok: boolean; error_code?: number; description?: string; result?: unknown }): void {
  if (res.writableEnded || res.destroyed) return;
  const status = body.ok ? 200 : (body.error_code ?? 500);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return query;
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('body must be an object');
  return { ...query, ...(parsed as Record<string, unknown>) };
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { ALLOWED_UPDATES } from './runtime.ts';

export interface WebhookOptions {
  /** Public HTTPS URL Telegram posts to (TLS usually ends at the load balancer). */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; other requests get 401. */
  secret: string;
  port: number;
  /** Interface to listen on; all interfaces by default. */
  host?: string;
}

export interface RunningWebhook {
  port: number;
  listening(): boolean;
  /** Stops accepting updates and resolves once the ones in flight are handled. */
  stop(): Promise<void>;
}

/** Serves the webhook on `port` (path taken from `url`) and registers it with Telegram. */
export async function startWebhook(bot: Bot, options: WebhookOptions, log: Logger): Promise<RunningWebhook> {
  const path = new URL(options.url).pathname;
  const handleUpdate = webhookCallback(bot, 'http', { secretToken: options.secret, onTimeout: 'return', timeoutMilliseconds: 50_000 });
  const inFlight = new Set<Promise<unknown>>();
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    const work = handleUpdate(req, res).catch((err: unknown) => {
      // Handler errors are caught by the bot's error boundary; this is an unreadable body.
      log.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : String(err) }, 'telegram: bad webhook request');
      if (!res.headersSent) res.writeHead(400).end();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: [...ALLOWED_UPDATES] });
  log.info({ port, path }, 'telegram: webhook listening');

  let stopped: Promise<void> | undefined;
  return {
    port,
    listening: () => server.listening,
    stop: () =>
      (stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await closed;
      })()),
  };
}

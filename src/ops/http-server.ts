import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { HealthReport } from './health.ts';
import type { Metrics } from './metrics.ts';

export interface OpsServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Loopback by default; set 0.0.0.0 for a container's health checks. */
  host?: string;
  health: () => HealthReport;
  metrics: Metrics;
  log: Logger;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** GET /healthz (200 or 503 with a JSON report) and GET /metrics (Prometheus text format). */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { log, metrics } = options;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') {
      const report = options.health();
      return send(res, report.ok ? 200 : 503, 'application/json', JSON.stringify(report) + '\n');
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (body) => send(res, 200, metrics.registry.contentType, body),
        (err: unknown) => {
          log.error({ err }, 'metrics collection failed');
          send(res, 500, 'text/plain', 'metrics unavailable\n');
        },
      );
      return;
    }
    send(res, 404, 'text/plain', 'not found\n');
  });
  // Idle keep-alive sockets must not hold shutdown up.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port, host: options.host ?? '127.0.0.1' }, 'ops HTTP server listening (/healthz, /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

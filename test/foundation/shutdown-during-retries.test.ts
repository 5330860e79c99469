import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/memory-io.ts';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789';

describe('a bot whose API is unreachable', () => {
  it('retries with backoff instead of crashing, stops cleanly on SIGTERM, and never logs the token', async () => {
    const child = spawn(process.execPath, ['bin/claimcheck.js', 'start'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: TOKEN,
        // Port 9 (discard) on loopback: nothing listens, every connection is refused.
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        DISCORD_TOKEN: '',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'claimcheck-retry-')),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    const retrying = new Promise<void>((resolve) => {
      child.stderr.on('data', (c: Buffer) => {
        logs += c.toString('utf8');
        if (logs.includes('failed; retrying')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await retrying;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('"msg":"stopped"');
    expect(logs).not.toMatch(/"level":60/);
    expect(logs).not.toContain(TOKEN.split(':')[1]);
  });
});

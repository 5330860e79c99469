import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TelegramEmulator } from '../emulators/telegram/index.ts';
import { REPO_ROOT } from '../support/memory-io.ts';
import { CLAIMS, privateUser, say } from './setup.ts';

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('answers on Telegram and exits cleanly on SIGTERM, never printing the token', async () => {
    const emu = await TelegramEmulator.start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'claimcheck-npm-start-'));
    const child = spawn(process.execPath, ['bin/claimcheck.js', 'start'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, TELEGRAM_BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATA_DIR: dataDir, LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      await emu.whenPolling();
      const { user, chat } = privateUser(emu);
      const { reply } = await say(emu, chat, user, CLAIMS.rumour, { timeoutMs: 10_000 });
      expect(reply.text).toContain('Verdict: False');
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).not.toContain(emu.token.split(':')[1]);
    } finally {
      child.kill('SIGKILL');
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 20_000);
});

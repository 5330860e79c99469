import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/main.ts';
import { TelegramEmulator } from '../emulators/telegram/index.ts';
import { memoryIo, type MemoryIo } from '../support/memory-io.ts';
import { CLAIMS, privateUser, say } from './setup.ts';

describe('Telegram bot started like `npm start` (TELEGRAM_BOT_TOKEN set)', () => {
  let emu: TelegramEmulator;
  let app: App;
  let io: MemoryIo;
  let dataDir: string;
  beforeAll(async () => {
    emu = await TelegramEmulator.start();
    dataDir = mkdtempSync(path.join(tmpdir(), 'claimcheck-tg-'));
    io = memoryIo('', { TELEGRAM_BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    app = await startApp(io, { interactive: false });
    await app.ready;
  });
  afterAll(async () => {
    await app.stop();
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a private message with the verdict card and keeps the console quiet', async () => {
    expect(app.adapters.map((a) => a.name)).toEqual(['telegram']);
    const { user, chat } = privateUser(emu);
    const { reply } = await say(emu, chat, user, CLAIMS.rumour);
    expect(reply.text).toContain('Verdict: False');
    expect(io.out()).toBe('');
  });

  it('never writes the token to the logs', async () => {
    const { user, chat } = privateUser(emu);
    await say(emu, chat, user, CLAIMS.unknown);
    expect(io.err()).toContain('telegram');
    expect(io.err()).not.toContain(emu.token.split(':')[1]);
  });
});

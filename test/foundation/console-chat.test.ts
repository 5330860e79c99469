import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/memory-io.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start` exactly as a user would, with the given stdin, and waits for it to exit. */
function npmStart(stdin: string, dataDir = mkdtempSync(path.join(tmpdir(), 'claimcheck-data-'))): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', LOG_LEVEL: '', DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm start with piped stdin (console chat)', () => {
  it('answers each line: a verdict with its source, then an honest no-match, and exits cleanly at end of input', async () => {
    const run = await npmStart('the whole voting infrastructure is compromised\n\n   \nmy cat is orange\n');
    expect(run.code).toBe(0);
    const answers = run.stdout.trim().split(/\n{2,}(?=Verdict:|No official statement|Consistent|At odds|Related claim|Not sure)/);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^Verdict: False/);
    expect(answers[0]).toMatch(/Source: https:\/\/\S+/);
    expect(answers[1]).toMatch(/^No official statement matches this/);
    expect(answers[1]).not.toMatch(/https?:\/\//);
    expect(run.stderr).not.toMatch(/"level":(50|60)/);
  });
});

import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/core/checker.ts';
import { KnowledgeBaseError } from '../../src/core/errors.ts';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { isEntryFileEvent, watchKnowledge, type KnowledgeWatcher } from '../../src/kb/watch.ts';

const FIXTURES = new URL('./fixtures/knowledge', import.meta.url).pathname;
const MACHINES = 'the voting machines switched votes';

type WatchEvent = { kind: 'reload'; kb: KnowledgeBase } | { kind: 'rejected'; error: unknown };

/** Events in order; `next()` resolves with the next one, however early or late it comes. */
function eventQueue() {
  const events: WatchEvent[] = [];
  const waiters: ((e: WatchEvent) => void)[] = [];
  return {
    push(e: WatchEvent) {
      const waiter = waiters.shift();
      if (waiter) waiter(e);
      else events.push(e);
    },
    next(): Promise<WatchEvent> {
      const e = events.shift();
      return e ? Promise.resolve(e) : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

let dir: string;
let checker: Checker;
let watcher: KnowledgeWatcher;
let events: ReturnType<typeof eventQueue>;
let logLines: string[];

/** Replaces a file the way careful editors do (write aside, rename over), so one event = one edit. */
function replaceEntry(name: string, text: string): void {
  const aside = path.join(dir, `.${name}.tmp`);
  writeFileSync(aside, text);
  renameSync(aside, path.join(dir, 'entries', name));
}

/** The entry the user is shown first: the match, or the first suggestion. */
function topId(text: string): string | undefined {
  const result = checker.check(text);
  if (result.outcome === 'match') return result.entry.id;
  return result.outcome === 'suggest' ? result.candidates[0]?.entry.id : undefined;
}

function verdictFor(text: string): string | undefined {
  const result = checker.check(text);
  return result.outcome === 'match' ? result.entry.verdict : undefined;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-watch-'));
  cpSync(FIXTURES, dir, { recursive: true });
  checker = createChecker(await loadKnowledgeDir(dir), createMatcher);
  events = eventQueue();
  logLines = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  watcher = watchKnowledge(dir, {
    log,
    debounceMs: 20,
    onReload: (kb) => {
      checker.swap(kb);
      events.push({ kind: 'reload', kb });
    },
    onRejected: (error) => events.push({ kind: 'rejected', error }),
  });
});

afterEach(() => {
  watcher.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hot reload of knowledge/', () => {
  it('serves a valid edit without a restart', async () => {
    expect(verdictFor(MACHINES)).toBe('misleading');
    const file = path.join(dir, 'entries', 'voting-machines-switched-votes.yaml');
    const edited = readFileSync(file, 'utf8')
      .replace('verdict: misleading', 'verdict: false')
      .replace('Hand recounts of paper ballots matched the machine counts.', 'Audits found no switched votes.');
    replaceEntry('voting-machines-switched-votes.yaml', edited);

    const event = await events.next();
    expect(event.kind).toBe('reload');
    const result = checker.check(MACHINES);
    expect(result.outcome).toBe('match');
    if (result.outcome !== 'match') return;
    expect(result.entry.verdict).toBe('false');
    expect(result.entry.summary.en).toBe('Audits found no switched votes.');
  });

  it('answers from a new entry file once it is added', async () => {
    expect(topId('the ballot drop boxes were stuffed at night')).not.toBe('drop-boxes-stuffed');
    const fresh = readFileSync(path.join(dir, 'entries', 'voting-machines-switched-votes.yaml'), 'utf8')
      .replace('id: voting-machines-switched-votes', 'id: drop-boxes-stuffed')
      .replace('claim: Voting machines switched votes from one candidate to another', 'claim: Ballot drop boxes were stuffed with fake ballots at night')
      .replace(/phrasings:\n  en:\n(    - .*\n)+/, 'phrasings:\n  en:\n    - the ballot drop boxes were stuffed at night\n');
    replaceEntry('drop-boxes-stuffed.yaml', fresh);

    expect((await events.next()).kind).toBe('reload');
    expect(topId('the ballot drop boxes were stuffed at night')).toBe('drop-boxes-stuffed');
  });

  it('rejects an invalid edit with the report in the log and keeps serving the last good KB', async () => {
    const file = path.join(dir, 'entries', 'voting-machines-switched-votes.yaml');
    replaceEntry('voting-machines-switched-votes.yaml', readFileSync(file, 'utf8').replace('verdict: misleading', 'verdict: maybe'));

    const event = await events.next();
    expect(event.kind).toBe('rejected');
    expect(event.kind === 'rejected' && event.error).toBeInstanceOf(KnowledgeBaseError);
    const warning = logLines.map((l) => JSON.parse(l) as { level: number; msg: string }).find((l) => l.level === 40);
    expect(warning?.msg).toMatch(/rejected; still serving the last good version/);
    expect(warning?.msg).toMatch(/voting-machines-switched-votes\.yaml: verdict: /);
    expect(verdictFor(MACHINES)).toBe('misleading');
  });

  it('recovers when the invalid edit is fixed', async () => {
    const file = path.join(dir, 'entries', 'voting-machines-switched-votes.yaml');
    const good = readFileSync(file, 'utf8');
    replaceEntry('voting-machines-switched-votes.yaml', 'id: [not yaml');
    expect((await events.next()).kind).toBe('rejected');
    replaceEntry('voting-machines-switched-votes.yaml', good.replace('verdict: misleading', 'verdict: true'));
    expect((await events.next()).kind).toBe('reload');
    expect(verdictFor(MACHINES)).toBe('true');
  });

});

describe('isEntryFileEvent', () => {
  it.each([
    ['voting-machines.yaml', true],
    ['voting-machines.yml', true],
    [null, true],
    ['.voting-machines.yaml.swp', false],
    ['voting-machines.yaml~', false],
    ['4913', false],
    ['.#voting-machines.yaml', false],
    ['README.md', false],
  ] as const)('%s → %s', (name, expected) => {
    expect(isEntryFileEvent(name)).toBe(expected);
  });
});

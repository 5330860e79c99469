import type { KnowledgeRead } from '../load.ts';
import type { MatcherFactory } from '../../core/match/types.ts';
import { findCollisions } from './collisions.ts';
import { checkEntry } from './entry-checks.ts';
import type { Finding } from './finding.ts';

export interface ValidationReport {
  entries: number;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/**
 * Everything `kb validate` reports, from one read of the folder: schema problems and duplicate
 * ids (from the loader), then links, dates and collisions over the entries that are valid.
 */
export function validateRead(read: KnowledgeRead, opts: { today: string; makeMatcher: MatcherFactory; entriesDir: string }): ValidationReport {
  const fileOf = (id: string) => read.files.get(id) ?? `${id}.yaml`;
  const findings: Finding[] = read.issues.map((i) => ({ severity: 'error', check: 'schema', file: i.file, path: i.path, message: i.message }));
  if (read.entries.length === 0 && read.issues.length === 0) {
    findings.push({ severity: 'error', check: 'empty', file: opts.entriesDir, path: '', message: 'no entries found (*.yaml)' });
  }
  for (const entry of read.entries) findings.push(...checkEntry(entry, fileOf(entry.id), opts.today));
  if (read.entries.length > 1) findings.push(...findCollisions(read.entries, fileOf, opts.makeMatcher));

  const errors = findings.filter((f) => f.severity === 'error').length;
  return { entries: read.entries.length, findings, errors, warnings: findings.length - errors };
}

/** Grouped by file, errors before warnings, one line each: `file: path: message`. */
export function formatReport(report: ValidationReport): string {
  const order = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  const sorted = [...report.findings].sort((a, b) => a.file.localeCompare(b.file) || order(a) - order(b));
  const lines = sorted.map((f) => `${f.severity === 'error' ? 'error  ' : 'warning'} ${f.file}: ${f.path ? f.path + ': ' : ''}${f.message}`);
  const summary = `${report.entries} valid entries, ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`;
  return [...lines, summary].join('\n') + '\n';
}

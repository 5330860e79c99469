import type { Entry } from '../../core/knowledge/schema.ts';
import type { Finding } from './finding.ts';

/**
 * Checks of one valid entry that the schema cannot express.
 * - A statement URL without https is an error: knowledge/README.md requires https, since over
 *   plain http a reader cannot trust that the page is what the official source published.
 * - A date after today is an error: it is a typo, and it would keep the entry from ever
 *   showing up as stale in `kb stats`.
 */
export function checkEntry(entry: Entry, file: string, today: string): Finding[] {
  const findings: Finding[] = [];
  entry.statements.forEach((s, i) => {
    if (!s.url.startsWith('https://')) {
      findings.push({ severity: 'error', check: 'https', file, path: `statements[${i}].url`, message: `not an https URL: ${s.url}` });
    }
    if (s.date > today) {
      findings.push({ severity: 'error', check: 'future-date', file, path: `statements[${i}].date`, message: `${s.date} is in the future (today is ${today})` });
    }
  });
  if (entry.reviewed > today) {
    findings.push({ severity: 'error', check: 'future-date', file, path: 'reviewed', message: `${entry.reviewed} is in the future (today is ${today})` });
  }
  return findings;
}

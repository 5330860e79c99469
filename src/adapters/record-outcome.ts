import type { CheckResult } from '../core/check-result.ts';
import type { Origin } from '../store/ports.ts';
import type { AdapterDeps } from './deps.ts';

/**
 * Keeps what the knowledge base could not answer (none / suggest) for curators. Store failures
 * are logged, never shown to the user: the answer already went out.
 */
export async function recordOutcome(deps: AdapterDeps, text: string, result: CheckResult, origin: Origin): Promise<void> {
  if (result.outcome === 'match') return;
  if (result.outcome === 'none' && (result.reason === 'empty' || result.reason === 'too-short')) return;
  try {
    await deps.store.recordUnmatched({ text, lang: result.lang, outcome: result.outcome, origin, at: new Date() });
  } catch (err) {
    deps.log.warn({ err, platform: origin.platform }, 'could not record an unmatched claim');
  }
}

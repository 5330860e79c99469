import type { Checker } from '../core/checker.ts';
import type { Metrics } from './metrics.ts';

/**
 * The same Checker, counted: every check is observed by outcome and latency under `platform`.
 * Give each adapter its own instrumented view of the one shared checker; swap() still reloads
 * the knowledge base for all of them.
 */
export function instrumentChecker(
  checker: Checker,
  metrics: Metrics,
  platform: string,
  now: () => number = () => performance.now(),
): Checker {
  return {
    check(text, options) {
      const start = now();
      try {
        const result = checker.check(text, options);
        metrics.observeCheck(platform, result.outcome, (now() - start) / 1000);
        return result;
      } catch (err) {
        metrics.countError('check');
        throw err;
      }
    },
    kb: () => checker.kb(),
    swap: (kb) => checker.swap(kb),
  };
}

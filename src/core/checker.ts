import type { CheckResult } from './check-result.ts';
import { checkClaim, type CheckOptions } from './check.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import { toMatchDocuments } from './knowledge/to-match-documents.ts';
import type { Matcher, MatcherFactory } from './match/types.ts';

/**
 * The live checking service adapters talk to. It owns the current knowledge base and its index;
 * `swap` installs a new one atomically (hot reload), so a check in flight finishes on the old one.
 */
export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
  kb(): KnowledgeBase;
  swap(kb: KnowledgeBase): void;
}

export function createChecker(initial: KnowledgeBase, makeMatcher: MatcherFactory): Checker {
  let state = build(initial);

  function build(kb: KnowledgeBase): { kb: KnowledgeBase; matcher: Matcher } {
    return { kb, matcher: makeMatcher(toMatchDocuments(kb.served)) };
  }

  return {
    check: (text, options) => checkClaim(text, { kb: state.kb, matcher: state.matcher, ...options }),
    kb: () => state.kb,
    swap: (kb) => {
      state = build(kb);
    },
  };
}

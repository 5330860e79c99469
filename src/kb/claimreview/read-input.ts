import type { z } from 'zod';
import type { ImportedReview } from './imported.ts';
import { apiClaimSchema, claimReviewSchema, fromApiClaim, fromClaimReview } from './parse.ts';

export interface InputProblem {
  where: string;
  message: string;
}

export interface ReadResult {
  reviews: ImportedReview[];
  /** Items that looked like reviews but could not be read. */
  problems: InputProblem[];
  /** Other JSON-LD nodes (WebPage, Organization, …) that are not ClaimReviews. */
  ignored: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function describe(where: string, error: z.ZodError): InputProblem[] {
  return error.issues.map((i) => ({ where, message: `${i.path.length > 0 ? i.path.join('.') + ': ' : ''}${i.message}` }));
}

/**
 * Accepts one ClaimReview, an array of them, a JSON-LD `@graph`, or a Google Fact Check Tools
 * `claims:search` response (`{ "claims": [...] }`).
 */
export function readClaimReviewInput(json: unknown): ReadResult {
  const result: ReadResult = { reviews: [], problems: [], ignored: 0 };

  if (isObject(json) && Array.isArray(json.claims)) {
    json.claims.forEach((c, i) => {
      const where = `claims[${i}]`;
      const parsed = apiClaimSchema.safeParse(c);
      if (parsed.success) result.reviews.push(fromApiClaim(parsed.data, where));
      else result.problems.push(...describe(where, parsed.error));
    });
    return result;
  }

  const nodes = Array.isArray(json) ? json : isObject(json) && Array.isArray(json['@graph']) ? json['@graph'] : [json];
  nodes.forEach((node, i) => {
    const where = nodes.length > 1 || Array.isArray(json) ? `item ${i + 1}` : 'document';
    if (!isObject(node)) {
      result.problems.push({ where, message: 'expected a JSON object' });
      return;
    }
    const types = typesOf(node);
    const looksLikeReview = types.includes('ClaimReview') || (types.length === 0 && 'claimReviewed' in node);
    if (!looksLikeReview) {
      result.ignored += 1;
      return;
    }
    const parsed = claimReviewSchema.safeParse(node);
    if (parsed.success) result.reviews.push(fromClaimReview(parsed.data, where));
    else result.problems.push(...describe(where, parsed.error));
  });
  return result;
}

import type { Entry, Statement } from '../../core/knowledge/schema.ts';
import { LOCALES } from '../../core/knowledge/schema.ts';
import { reviewUrl, type Publisher } from './publisher.ts';
import { BEST_RATING, VERDICT_RATINGS, WORST_RATING } from './rating.ts';

/**
 * schema.org ClaimReview as JSON-LD, following Google's fact-check structured data guide
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required claimReviewed, reviewRating (with alternateName, the text Search shows) and url;
 * recommended author and itemReviewed (a Claim). Our official statements are the evidence
 * for the review, not places where the claim appeared, so they go in `citation`
 * (CreativeWork.citation), not in itemReviewed.appearance.
 */
export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  identifier: string;
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: { '@type': 'Claim'; name: string };
  author: { '@type': 'Organization'; name: string; url: string };
  datePublished: string;
  inLanguage: 'en';
  reviewBody: string;
  /** The summary in our other locales (CreativeWork.workTranslation). */
  workTranslation?: { '@type': 'CreativeWork'; inLanguage: string; text: string }[];
  keywords?: string[];
  citation: CitationJsonLd[];
}

export interface CitationJsonLd {
  '@type': 'CreativeWork';
  url: string;
  datePublished: string;
  text: string;
  /** A person speaking for an organisation, or the organisation itself (joint statements). */
  author:
    | { '@type': 'Person'; name: string; jobTitle?: string; affiliation: { '@type': 'Organization'; name: string } }
    | { '@type': 'Organization'; name: string };
}

function toCitation(s: Statement): CitationJsonLd {
  return {
    '@type': 'CreativeWork',
    url: s.url,
    datePublished: s.date,
    text: s.quote,
    author:
      s.speaker === s.org && !s.role
        ? { '@type': 'Organization', name: s.org }
        : {
            '@type': 'Person',
            name: s.speaker,
            ...(s.role ? { jobTitle: s.role } : {}),
            affiliation: { '@type': 'Organization', name: s.org },
          },
  };
}

export function toClaimReview(entry: Entry, publisher: Publisher): ClaimReviewJsonLd {
  const rating = VERDICT_RATINGS[entry.verdict];
  const translations = LOCALES.filter((l) => l !== 'en').flatMap((l) => {
    const text = entry.summary[l];
    return text ? [{ '@type': 'CreativeWork' as const, inLanguage: l, text }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(publisher, entry.id),
    identifier: entry.id,
    claimReviewed: entry.claim,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.label,
    },
    itemReviewed: { '@type': 'Claim', name: entry.claim },
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    datePublished: entry.reviewed,
    inLanguage: 'en',
    reviewBody: entry.summary.en,
    ...(translations.length > 0 ? { workTranslation: translations } : {}),
    ...(entry.topics.length > 0 ? { keywords: [...entry.topics] } : {}),
    citation: entry.statements.map(toCitation),
  };
}

/** Published entries only: a draft's verdict has not been reviewed and must not be marked up. */
export function toClaimReviews(entries: readonly Entry[], publisher: Publisher): ClaimReviewJsonLd[] {
  return entries.filter((e) => e.status !== 'draft').map((e) => toClaimReview(e, publisher));
}

import { z } from 'zod';
import type { ImportedCitation, ImportedReview, LangText } from './imported.ts';

/**
 * Reads ClaimReview JSON-LD as publishers write it (loose: strings or objects, one value or
 * many) and the Google Fact Check Tools `claims:search` response, into ImportedReview records.
 */
const str = z.string().trim().min(1);
const many = <T extends z.ZodType>(s: T) => z.union([s, z.array(s)]).transform((v) => (Array.isArray(v) ? v : [v]));
const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const valueObject = z.object({ '@value': str, '@language': str.optional() }).loose();
const langTexts = many(z.union([str, valueObject])).transform((vs) =>
  vs.map((v): LangText => (typeof v === 'string' ? { text: v } : { text: v['@value'], lang: v['@language'] })),
);
const named = z.union([str.transform((name) => ({ name, url: undefined })), z.object({ name: str.optional(), url: str.optional() }).loose()]);
const link = z.union([str.transform((url) => ({ url })), z.object({ url: str.optional() }).loose()]);
const language = z.union([str, z.object({ alternateName: str.optional(), name: str.optional() }).loose()]).transform((l) =>
  typeof l === 'string' ? l : (l.alternateName ?? l.name),
);

const citationSchema = z.union([
  str.transform((url): ImportedCitation => ({ url })),
  z
    .object({
      url: str,
      text: str.optional(),
      datePublished: str.optional(),
      author: many(z.object({ name: str.optional(), jobTitle: str.optional(), affiliation: named.optional() }).loose()).optional(),
    })
    .loose()
    .transform((c): ImportedCitation => {
      const author = c.author?.[0];
      return { url: c.url, text: c.text, date: c.datePublished, speaker: author?.name, role: author?.jobTitle, org: author?.affiliation?.name };
    }),
]);

export const claimReviewSchema = z
  .object({
    url: str.optional(),
    identifier: z.union([str, z.number().transform(String)]).optional(),
    claimReviewed: str,
    reviewRating: z
      .object({ alternateName: str.optional(), name: str.optional(), ratingValue: num.optional(), bestRating: num.optional(), worstRating: num.optional() })
      .loose()
      .optional(),
    reviewBody: langTexts.optional(),
    description: langTexts.optional(),
    inLanguage: language.optional(),
    datePublished: str.optional(),
    author: many(named).optional(),
    workTranslation: many(z.object({ inLanguage: language.optional(), text: str.optional(), reviewBody: str.optional() }).loose()).optional(),
    keywords: z.union([str.transform((k) => k.split(',')), z.array(str)]).optional(),
    citation: many(citationSchema).optional(),
    itemReviewed: z
      .object({
        author: many(named).optional(),
        datePublished: str.optional(),
        appearance: many(link).optional(),
        firstAppearance: link.optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export type ClaimReviewInput = z.infer<typeof claimReviewSchema>;

export function fromClaimReview(r: ClaimReviewInput, where: string): ImportedReview {
  const lang = r.inLanguage;
  const body = (r.reviewBody ?? r.description ?? []).map((t) => ({ ...t, lang: t.lang ?? lang }));
  const translations = (r.workTranslation ?? []).flatMap((w) => {
    const text = w.text ?? w.reviewBody;
    return text ? [{ text, lang: w.inLanguage }] : [];
  });
  const label = r.reviewRating?.alternateName ?? r.reviewRating?.name;
  const publisher = r.author?.[0];
  return {
    where,
    identifier: r.identifier,
    reviewUrl: r.url,
    claim: r.claimReviewed,
    lang,
    rating: { label, value: r.reviewRating?.ratingValue, best: r.reviewRating?.bestRating, worst: r.reviewRating?.worstRating },
    summaries: [...body, ...translations],
    datePublished: r.datePublished,
    citations: r.citation ?? [],
    sources: [
      { publisher: publisher?.name, url: r.url, date: r.datePublished, quote: body[0] ?? (label ? { text: label, lang } : undefined) },
    ],
    keywords: (r.keywords ?? []).map((k) => k.trim()).filter((k) => k !== ''),
    claimContext: claimContext(r.itemReviewed),
  };
}

function claimContext(item: ClaimReviewInput['itemReviewed']): string[] {
  if (!item) return [];
  const claimants = (item.author ?? []).map((a) => a.name).filter((n): n is string => !!n);
  const seen = [item.firstAppearance, ...(item.appearance ?? [])].map((a) => a?.url).filter((u): u is string => !!u);
  return [
    ...(claimants.length > 0 ? [`claim made by ${claimants.join(', ')}${item.datePublished ? ` (${item.datePublished})` : ''}`] : []),
    ...(seen.length > 0 ? [`claim seen at ${[...new Set(seen)].join(', ')}`] : []),
  ];
}

/** Google Fact Check Tools API, `claims:search` (v1alpha1): one claim, reviews by several publishers. */
const apiReviewSchema = z
  .object({
    publisher: z.object({ name: str.optional(), site: str.optional() }).loose().optional(),
    url: str.optional(),
    title: str.optional(),
    reviewDate: str.optional(),
    textualRating: str.optional(),
    languageCode: str.optional(),
  })
  .loose();
export const apiClaimSchema = z
  .object({ text: str, claimant: str.optional(), claimDate: str.optional(), claimReview: z.array(apiReviewSchema).min(1) })
  .loose();
export type ApiClaim = z.infer<typeof apiClaimSchema>;

export function fromApiClaim(c: ApiClaim, where: string): ImportedReview {
  const first = c.claimReview[0];
  return {
    where,
    reviewUrl: first?.url,
    claim: c.text,
    lang: first?.languageCode,
    rating: { label: first?.textualRating },
    summaries: first?.title ? [{ text: first.title, lang: first.languageCode }] : [],
    datePublished: first?.reviewDate,
    citations: [],
    sources: c.claimReview.map((r) => {
      const text = r.title ?? r.textualRating;
      return {
        publisher: r.publisher?.name ?? r.publisher?.site,
        url: r.url,
        date: r.reviewDate,
        quote: text ? { text, lang: r.languageCode } : undefined,
      };
    }),
    keywords: [],
    claimContext: c.claimant ? [`claim made by ${c.claimant}${c.claimDate ? ` (${c.claimDate})` : ''}`] : [],
  };
}

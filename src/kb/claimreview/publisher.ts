import { z } from 'zod';

/** Who publishes our ClaimReviews: the author Organization and the site review URLs live under. */
export interface Publisher {
  name: string;
  /** Site root without a trailing slash; review pages are `${url}/claims/${id}`. */
  url: string;
}

/** A placeholder on purpose: a deployment sets its own site before publishing markup. */
export const DEFAULT_PUBLISHER: Publisher = { name: 'claimcheck', url: 'https://example.org/claimcheck' };

const publisherEnvSchema = z.object({
  CLAIMREVIEW_AUTHOR_NAME: z.string().trim().min(1).default(DEFAULT_PUBLISHER.name),
  CLAIMREVIEW_AUTHOR_URL: z
    .url({ protocol: /^https$/, message: 'CLAIMREVIEW_AUTHOR_URL must be an https URL' })
    .default(DEFAULT_PUBLISHER.url)
    .transform((u) => u.replace(/\/+$/, '')),
});

/** Reads the publisher identity from the environment (empty values count as unset). */
export function publisherFromEnv(env: Record<string, string | undefined>): Publisher {
  const nonEmpty = (v: string | undefined) => (v && v.trim() !== '' ? v : undefined);
  const parsed = publisherEnvSchema.parse({
    CLAIMREVIEW_AUTHOR_NAME: nonEmpty(env.CLAIMREVIEW_AUTHOR_NAME),
    CLAIMREVIEW_AUTHOR_URL: nonEmpty(env.CLAIMREVIEW_AUTHOR_URL),
  });
  return { name: parsed.CLAIMREVIEW_AUTHOR_NAME, url: parsed.CLAIMREVIEW_AUTHOR_URL };
}

/** The public page of one entry's review. Import reads the id back from it. */
export function reviewUrl(publisher: Publisher, id: string): string {
  return `${publisher.url}/claims/${id}`;
}

/**
 * Who publishes our ClaimReviews: the author Organization, and the site review pages live under.
 * Comes from config (CLAIMREVIEW_AUTHOR_NAME / CLAIMREVIEW_AUTHOR_URL, see src/config.ts).
 */
export interface Publisher {
  name: string;
  url: string;
}

/** The public page of one entry's review. Import reads the id back from it. */
export function reviewUrl(publisher: Publisher, id: string): string {
  return `${publisher.url.replace(/\/+$/, '')}/claims/${id}`;
}

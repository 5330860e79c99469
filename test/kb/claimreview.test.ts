import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entrySchema } from '../../src/core/knowledge/schema.ts';
import { toClaimReview, toClaimReviews } from '../../src/kb/claimreview/export.ts';
import { readClaimReviewInput } from '../../src/kb/claimreview/read-input.ts';
import { toDraft } from '../../src/kb/claimreview/to-draft.ts';
import { ratingToVerdict } from '../../src/kb/claimreview/rating.ts';
import { draftToYaml } from '../../src/kb/draft-files.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';

const FIXTURES = new URL('./fixtures/knowledge', import.meta.url).pathname;
const PUBLISHER = { name: 'Example Checks', url: 'https://checks.example.org' };
const TODAY = '2026-11-25';

function importAll(json: unknown) {
  const read = readClaimReviewInput(json);
  return { ...read, drafts: read.reviews.map((r) => toDraft(r, { today: TODAY })) };
}

describe('ClaimReview export', () => {
  it('carries what Google requires and recommends', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const entry = kb.get('mail-ballots-mass-fraud')!;
    const review = toClaimReview(entry, PUBLISHER);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example.org/claims/mail-ballots-mass-fraud',
      claimReviewed: entry.claim,
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim' },
      author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
      datePublished: '2026-11-01',
      inLanguage: 'en',
      reviewBody: entry.summary.en,
    });
    expect(review.citation[0]).toMatchObject({ url: 'https://sos.example.gov/news/2020-11-10', text: entry.statements[0]!.quote });
  });

  it('leaves drafts out: an unreviewed verdict is not published as markup', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const ids = toClaimReviews(kb.entries, PUBLISHER).map((r) => r.identifier);
    expect(ids).toEqual(['mail-ballots-mass-fraud', 'voting-machines-switched-votes']);
  });
});

describe('export then import', () => {
  it('gives back id, claim, verdict, summaries, reviewed date and statement URLs, as drafts', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const published = kb.served;
    const json = JSON.parse(JSON.stringify(toClaimReviews(published, PUBLISHER))) as unknown;
    const { drafts, problems } = importAll(json);
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(published.length);
    drafts.forEach((result, i) => {
      const original = published[i]!;
      if (!result.ok) throw new Error(result.problems.join('\n'));
      const back = result.draft.entry;
      expect(back.status).toBe('draft');
      expect(back.id).toBe(original.id);
      expect(back.claim).toBe(original.claim);
      expect(back.verdict).toBe(original.verdict);
      expect(back.summary).toEqual(original.summary);
      expect(back.reviewed).toBe(original.reviewed);
      expect(back.topics).toEqual(original.topics);
      expect(back.statements.map((s) => s.url)).toEqual(original.statements.map((s) => s.url));
      expect(back.statements.map((s) => [s.speaker, s.org, s.date, s.quote])).toEqual(
        original.statements.map((s) => [s.speaker, s.org, s.date, s.quote]),
      );
      // Not re-verified by us: the import never claims primary verification.
      expect(back.statements.every((s) => s.verification === 'secondary')).toBe(true);
    });
  });

  it('marks a joint statement by an organisation as an Organization, and reads it back', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const base = kb.get('voting-machines-switched-votes')!;
    const joint = { ...base, statements: [{ ...base.statements[0]!, speaker: 'CISA and FBI', org: 'CISA and FBI' }] };
    const review = toClaimReview(joint, PUBLISHER);
    expect(review.citation[0]?.author).toEqual({ '@type': 'Organization', name: 'CISA and FBI' });
    const result = importAll(review).drafts[0]!;
    if (!result.ok) throw new Error('import failed');
    expect(result.draft.entry.statements[0]).toMatchObject({ speaker: 'CISA and FBI', org: 'CISA and FBI' });
  });

  it('writes YAML that the schema accepts, with a header for the curator', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const { drafts } = importAll(toClaimReview(kb.get('voting-machines-switched-votes')!, PUBLISHER));
    const result = drafts[0]!;
    if (!result.ok) throw new Error('import failed');
    const yaml = draftToYaml(result.draft, { source: 'reviews.json', importedOn: TODAY });
    expect(yaml).toMatch(/^# DRAFT imported from reviews\.json/);
    expect(entrySchema.parse(parse(yaml))).toEqual(result.draft.entry);
  });
});

describe('ClaimReview import from other publishers', () => {
  it('reads a Fact Check Tools claims:search response, attributing text to the fact-checker', () => {
    const response = {
      claims: [
        {
          text: 'Dead people voted by the thousands in Georgia',
          claimant: 'Social media users',
          claimReview: [
            {
              publisher: { name: 'PolitiFact', site: 'politifact.com' },
              url: 'https://www.politifact.com/factchecks/2020/dec/04/dead-voters/',
              title: 'No, thousands of dead people did not vote in Georgia',
              reviewDate: '2020-12-04T00:00:00Z',
              textualRating: 'Pants on Fire',
              languageCode: 'en',
            },
          ],
        },
      ],
      nextPageToken: 'abc',
    };
    const { drafts } = importAll(response);
    const result = drafts[0]!;
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { entry } = result.draft;
    expect(entry).toMatchObject({ status: 'draft', verdict: 'false', claim: response.claims[0]!.text, reviewed: '2020-12-04' });
    expect(entry.statements).toEqual([
      expect.objectContaining({
        speaker: 'PolitiFact',
        quote: 'No, thousands of dead people did not vote in Georgia',
        url: 'https://www.politifact.com/factchecks/2020/dec/04/dead-voters/',
        verification: 'secondary',
      }),
    ]);
    expect(entry.id).toBe('dead-people-voted-by-the-thousands-in-georgia');
    expect(result.draft.notes).toContain('claim made by Social media users');
  });

  it('keeps a Spanish review in Spanish and tells the curator to translate', () => {
    const { drafts } = importAll({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://maldita.example/bulo',
      claimReviewed: 'Las papeletas por correo fueron manipuladas',
      reviewRating: { '@type': 'Rating', alternateName: 'Falso' },
      reviewBody: 'No hay pruebas de manipulación.',
      inLanguage: 'es',
      datePublished: '2024-10-30',
      author: { '@type': 'Organization', name: 'Maldita' },
      itemReviewed: { '@type': 'Claim', appearance: ['https://social.example/post/1', { '@type': 'CreativeWork', url: 'https://social.example/post/2' }] },
    });
    const result = drafts[0]!;
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.draft.entry.phrasings).toEqual({ en: [], es: ['Las papeletas por correo fueron manipuladas'] });
    expect(result.draft.entry.summary.es).toBe('No hay pruebas de manipulación.');
    expect(result.draft.notes.join('\n')).toMatch(/translate/);
    expect(result.draft.notes).toContain('claim seen at https://social.example/post/1, https://social.example/post/2');
  });

  it('ignores non-review JSON-LD nodes and reports unreadable reviews with their place', () => {
    const read = readClaimReviewInput({
      '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } }],
    });
    expect(read.ignored).toBe(1);
    expect(read.reviews).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ where: 'item 2', message: expect.stringMatching(/^claimReviewed/) })]);
  });

  it('refuses a review with no source URL rather than inventing one', () => {
    const { drafts } = importAll({ '@type': 'ClaimReview', claimReviewed: 'Something', reviewRating: { alternateName: 'False' } });
    expect(drafts[0]).toMatchObject({ ok: false, problems: [expect.stringMatching(/no dated source URL/), expect.anything()] });
  });

  it('refuses a review whose only source has no date rather than inventing one', () => {
    const { drafts } = importAll({ '@type': 'ClaimReview', claimReviewed: 'Something', url: 'https://fc.example/x', reviewBody: 'Wrong.' });
    expect(drafts[0]).toMatchObject({ ok: false, problems: [expect.stringMatching(/no dated source URL/), expect.anything()] });
  });
});

describe('rating to verdict', () => {
  it.each([
    [{ label: 'True, with context' }, 'true-with-context'],
    [{ label: 'Mostly False' }, 'misleading'],
    [{ label: 'Not true' }, 'false'],
    [{ label: 'Unproven' }, 'unsupported'],
    [{ label: 'Incorrect' }, 'false'],
    [{ value: 10, best: 10, worst: 0 }, 'true'],
    [{ value: 2 }, 'misleading'],
    [{ label: 'Satire' }, undefined],
  ] as const)('%j → %s', (input, verdict) => {
    expect(ratingToVerdict(input)).toBe(verdict);
  });
});

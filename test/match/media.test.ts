import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/match/features.ts';
import { hasMediaLink } from '../../src/core/match/media.ts';
import { buildPipeline } from '../../src/core/match/pipeline.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const doc = (id: string, claim: string): MatchDocument => ({ id, claim, phrasings: [], corrections: [], quotes: [] });

describe('media features', () => {
  it('sees a pasted tweet’s picture link, not a plain sentence', () => {
    expect(hasMediaLink('Crowds in London today pic.twitter.com/AbC123 — Someone (@someone) June 4, 2019')).toBe(true);
    expect(hasMediaLink('look https://t.co/xyz')).toBe(true);
    expect(hasMediaLink('Crowds in London today')).toBe(false);
    expect(hasMediaLink(42)).toBe(false);
  });

  it('marks a candidate whose claim is about a photograph when the query carries a picture', () => {
    const p = buildPipeline([doc('photo', 'A photograph shows crowds in London'), doc('plain', 'Crowds in London chanted')]);
    const both = FEATURE_NAMES.indexOf('mediaBoth');
    const docOnly = FEATURE_NAMES.indexOf('mediaDocOnly');
    const value = (text: string, id: string, f: number): number | undefined => {
      const c = p.candidates(p.prepare(text), 5).find((x) => p.corpus.docs[x.doc]?.id === id);
      return c?.features[f];
    };
    expect(value('crowds in London pic.twitter.com/AbC123', 'photo', both)).toBe(1);
    expect(value('crowds in London pic.twitter.com/AbC123', 'plain', both)).toBe(0);
    expect(value('crowds in London', 'photo', both)).toBe(0);
    expect(value('crowds in London', 'photo', docOnly)).toBe(1);
  });
});

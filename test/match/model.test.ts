import { describe, expect, it } from 'vitest';
import rawModel from '../../models/reranker.json' with { type: 'json' };
import { FEATURE_NAMES } from '../../src/core/match/features.ts';
import { parseModel } from '../../src/core/match/model.ts';

describe('models/reranker.json', () => {
  it('is a valid model for the current feature list', () => {
    const m = parseModel(rawModel);
    expect(m.features).toEqual([...FEATURE_NAMES]);
    expect(m.thresholds.match).toBeGreaterThan(m.thresholds.suggest);
  });

  it('carries confidence trees, and a model without them still loads (no trees)', () => {
    expect(parseModel(rawModel).confidenceTrees.length).toBeGreaterThan(0);
    const { confidenceTrees: _dropped, ...older } = rawModel;
    expect(parseModel(older).confidenceTrees).toEqual([]);
  });

  it('is rejected when it was trained on another feature list', () => {
    expect(() => parseModel({ ...rawModel, features: ['something-else'] })).toThrow(/npm run train/);
  });
});

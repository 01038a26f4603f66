import { describe, expect, it } from 'vitest';
import { emptyAssessmentContent, type AssessmentContent } from './assessment';
import { fieldChanges, historyEntrySchema } from './assessment-history';

const before: AssessmentContent = {
  ratings: {
    PM1: {
      rating: 'partly',
      reason: '',
      evidence: 'Strategy in preparation',
      links: ['https://example.org/draft'],
    },
  },
  trends: {},
  targetGroups: ['third_country_nationals'],
};

describe('fieldChanges', () => {
  it('records each changed field with its value before and after, in form order', () => {
    const after: AssessmentContent = {
      ratings: {
        PM1: {
          rating: 'fully',
          reason: '',
          evidence: 'Strategy adopted',
          links: ['https://example.org/draft'],
        },
      },
      trends: { mainstreaming: { status: 'emerging', example: '' } },
      targetGroups: [],
    };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'ratings.PM1.rating', before: 'partly', after: 'fully' },
      {
        field: 'ratings.PM1.evidence',
        before: 'Strategy in preparation',
        after: 'Strategy adopted',
      },
      { field: 'trends.mainstreaming.status', before: null, after: 'emerging' },
      { field: 'targetGroups', before: ['third_country_nationals'], after: [] },
    ]);
  });

  it('records a removed answer as its values going back to empty', () => {
    expect(fieldChanges(before, { ...before, ratings: {} })).toEqual([
      { field: 'ratings.PM1.rating', before: 'partly', after: null },
      { field: 'ratings.PM1.evidence', before: 'Strategy in preparation', after: '' },
      { field: 'ratings.PM1.links', before: ['https://example.org/draft'], after: [] },
    ]);
  });

  it('records nothing when nothing changed', () => {
    expect(fieldChanges(before, structuredClone(before))).toEqual([]);
    expect(fieldChanges(emptyAssessmentContent(), emptyAssessmentContent())).toEqual([]);
  });

  it('copies list values, so a later edit of the content does not rewrite the history', () => {
    const after = structuredClone(before);
    after.targetGroups.push('irregular_status');
    const [change] = fieldChanges(before, after);
    after.targetGroups.push('eu_mobile_citizens');
    expect(change).toEqual({
      field: 'targetGroups',
      before: ['third_country_nationals'],
      after: ['third_country_nationals', 'irregular_status'],
    });
  });

  it('produces changes that a history entry accepts', () => {
    const entry = {
      version: 2,
      action: 'saved',
      at: '2026-10-05T09:30:00.000Z',
      actor: { id: 'lotte-ghent', name: 'Lotte Peeters' },
      changes: fieldChanges(emptyAssessmentContent(), before),
      comment: null,
    };
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
    expect(
      historyEntrySchema.safeParse({
        ...entry,
        changes: [{ field: 'ratings.PM9.rating', before: null, after: 'fully' }],
      }).success,
    ).toBe(false);
  });
});

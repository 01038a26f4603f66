import { describe, expect, it } from 'vitest';
import type { AssessmentContent, CommitmentAnswer } from './assessment';
import {
  assessmentFieldKeys,
  changedFields,
  fieldKeyOfErrorPath,
  fieldValue,
  mergeContent,
  withFieldValue,
} from './assessment-fields';

const partly: CommitmentAnswer = {
  rating: 'partly',
  reason: '',
  evidence: 'Language courses in the libraries',
  links: ['https://example.org/courses'],
};

const content: AssessmentContent = {
  ratings: { SP1: partly },
  trends: { participation: { status: 'emerging', example: 'City workshops' } },
  targetGroups: ['third_country_nationals'],
};

describe('assessment field keys', () => {
  it('lists every part of the eleven commitments, the eight trends and the target groups once', () => {
    expect(assessmentFieldKeys).toHaveLength(11 * 4 + 8 * 2 + 1);
    expect(new Set(assessmentFieldKeys).size).toBe(assessmentFieldKeys.length);
    expect(assessmentFieldKeys.slice(0, 4)).toEqual([
      'ratings.PM1.rating',
      'ratings.PM1.reason',
      'ratings.PM1.evidence',
      'ratings.PM1.links',
    ]);
    expect(assessmentFieldKeys.at(-1)).toBe('targetGroups');
  });
});

describe('withFieldValue', () => {
  it('starts an answer that did not exist, leaving the original untouched', () => {
    const next = withFieldValue(content, 'ratings.PM1.evidence', 'A strategy is being drafted');
    expect(next.ratings.PM1).toEqual({
      rating: null,
      reason: '',
      evidence: 'A strategy is being drafted',
      links: [],
    });
    expect(next.ratings.SP1).toEqual(partly);
    expect(content.ratings.PM1).toBeUndefined();
  });

  it('removes a commitment answer left with nothing in it', () => {
    const started = withFieldValue(content, 'ratings.PM1.rating', 'fully');
    expect(started.ratings.PM1?.rating).toBe('fully');
    const cleared = withFieldValue(started, 'ratings.PM1.rating', null);
    expect(Object.keys(cleared.ratings)).toEqual(['SP1']);
  });

  it('keeps an answer that still holds something', () => {
    const withoutRating = withFieldValue(content, 'ratings.SP1.rating', null);
    expect(withoutRating.ratings.SP1).toEqual({ ...partly, rating: null });
  });

  it('removes a trend answer left empty, and replaces the target groups', () => {
    const noStatus = withFieldValue(content, 'trends.participation.status', null);
    expect(noStatus.trends.participation).toEqual({ status: null, example: 'City workshops' });
    const empty = withFieldValue(noStatus, 'trends.participation.example', '');
    expect(empty.trends).toEqual({});
    const groups = withFieldValue(content, 'targetGroups', ['irregular_status']);
    expect(groups.targetGroups).toEqual(['irregular_status']);
  });
});

describe('changedFields', () => {
  it('names the fields that differ, in form order', () => {
    const after: AssessmentContent = {
      ratings: {
        PM2: { rating: 'fully', reason: '', evidence: '', links: [] },
        SP1: { ...partly, links: [...partly.links, 'https://example.org/more'] },
      },
      trends: content.trends,
      targetGroups: ['third_country_nationals', 'irregular_status'],
    };
    expect(changedFields(content, after)).toEqual([
      'ratings.PM2.rating',
      'ratings.SP1.links',
      'targetGroups',
    ]);
  });

  it('finds nothing between equal content, and treats a missing answer as an empty one', () => {
    expect(changedFields(content, structuredClone(content))).toEqual([]);
    const withEmptyAnswer: AssessmentContent = {
      ...content,
      ratings: { ...content.ratings, PM1: { rating: null, reason: '', evidence: '', links: [] } },
    };
    expect(changedFields(content, withEmptyAnswer)).toEqual([]);
  });
});

describe('mergeContent', () => {
  it('takes the listed fields from the other version and keeps the rest', () => {
    const theirs: AssessmentContent = {
      ratings: { SP1: { ...partly, rating: 'fully', evidence: 'Their evidence' } },
      trends: {},
      targetGroups: ['eu_mobile_citizens'],
    };
    const merged = mergeContent(content, theirs, ['ratings.SP1.rating', 'targetGroups']);
    expect(merged).toEqual({
      ratings: { SP1: { ...partly, rating: 'fully' } },
      trends: content.trends,
      targetGroups: ['eu_mobile_citizens'],
    });
    expect(fieldValue(merged, 'ratings.SP1.evidence')).toBe(partly.evidence);
  });

  it('removes an answer the other version does not have, when all its fields are taken', () => {
    const merged = mergeContent(content, { ratings: {}, trends: {}, targetGroups: [] }, [
      'ratings.SP1.rating',
      'ratings.SP1.evidence',
      'ratings.SP1.links',
    ]);
    expect(merged.ratings).toEqual({});
    expect(merged.targetGroups).toEqual(content.targetGroups);
  });
});

describe('fieldKeyOfErrorPath', () => {
  it.each([
    ['ratings.PM1.links.2', 'ratings.PM1.links'],
    ['ratings.PM1.evidence', 'ratings.PM1.evidence'],
    ['trends.participation.example', 'trends.participation.example'],
    ['targetGroups.1', 'targetGroups'],
  ])('maps %s to %s', (path, key) => {
    expect(fieldKeyOfErrorPath(path)).toBe(key);
  });

  it.each(['', '_', 'ratings', 'ratings.PM1', 'ratings.PM9.rating', 'trends.unknown.status'])(
    'maps %j to no field',
    (path) => {
      expect(fieldKeyOfErrorPath(path)).toBeNull();
    },
  );
});

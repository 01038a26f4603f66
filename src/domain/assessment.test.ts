import { describe, expect, it } from 'vitest';
import {
  assessmentContentSchema,
  evidenceLinkSchema,
  findSubmissionGaps,
  type AssessmentContent,
} from './assessment';
import { commitmentIds } from './charter';

describe('evidence links', () => {
  it.each(['https://example.org/report.pdf', 'http://city.example/plan'])('accepts %s', (link) => {
    expect(evidenceLinkSchema.safeParse(link).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'not a link',
  ])('refuses %s', (link) => {
    const result = evidenceLinkSchema.safeParse(link);
    expect(result.success).toBe(false);
  });
});

describe('assessment content', () => {
  it('refuses evidence over the character limit, naming the field', () => {
    const result = assessmentContentSchema.safeParse({
      ratings: { PM1: { rating: 'fully', reason: '', evidence: 'x'.repeat(2001), links: [] } },
      trends: {},
      targetGroups: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['ratings', 'PM1', 'evidence']);
  });

  it('refuses an unknown commitment and a repeated target group', () => {
    expect(
      assessmentContentSchema.safeParse({
        ratings: { XX9: { rating: 'fully', reason: '', evidence: '', links: [] } },
        trends: {},
        targetGroups: [],
      }).success,
    ).toBe(false);
    expect(
      assessmentContentSchema.safeParse({
        ratings: {},
        trends: {},
        targetGroups: ['eu_mobile_citizens', 'eu_mobile_citizens'],
      }).success,
    ).toBe(false);
  });
});

describe('findSubmissionGaps', () => {
  it('lists every unrated commitment and every unscored answer without a reason', () => {
    const content: AssessmentContent = {
      ratings: Object.fromEntries(
        commitmentIds.map((id) => [id, { rating: 'fully', reason: '', evidence: '', links: [] }]),
      ),
      trends: {},
      targetGroups: [],
    };
    delete content.ratings.EM2;
    content.ratings.BU3 = { rating: 'not_applicable', reason: '', evidence: '', links: [] };
    expect(findSubmissionGaps(content)).toEqual([
      { commitmentId: 'EM2', kind: 'missing_rating' },
      { commitmentId: 'BU3', kind: 'missing_reason' },
    ]);
  });
});

import type { Assessment, AssessmentContent } from '../../src/domain/assessment';
import { commitmentIds } from '../../src/domain/charter';

/** An empty draft of Ghent's 2026 assessment, with whatever the test changes on top. */
export function assessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  const cityId = overrides.cityId ?? 'ghent';
  const roundId = overrides.roundId ?? '2026';
  return {
    id: `${cityId}-${roundId}`,
    cityId,
    roundId,
    status: 'draft',
    version: 1,
    ratings: {},
    trends: {},
    targetGroups: [],
    reviewComment: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: { id: 'lotte-ghent', name: 'Lotte Peeters' },
    submittedAt: null,
    submittedBy: null,
    ...overrides,
  };
}

/** Content that may be submitted: every commitment rated "partly", with its evidence. */
export function completeContent(): AssessmentContent {
  return {
    ratings: Object.fromEntries(
      commitmentIds.map((commitment) => [
        commitment,
        { rating: 'partly', reason: '', evidence: `Evidence for ${commitment}`, links: [] },
      ]),
    ),
    trends: {},
    targetGroups: [],
  };
}

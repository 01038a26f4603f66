/**
 * What a visitor (no sign-in) is served of an assessment: the city's published answers,
 * without the work behind them (who edited or submitted it, the review's comment). The API
 * serves visitors only approved assessments (permissions.ts), each through this projection.
 */
import type { Assessment } from './assessment';

export function publishedAssessmentOf(assessment: Assessment): Assessment {
  return { ...assessment, reviewComment: null, updatedBy: null, submittedBy: null };
}

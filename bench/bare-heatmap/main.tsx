/**
 * The bench's floor for the compare page's heatmap view in the demo: the same data drawn by
 * Recharts directly, with no app around it (no router, data layer, mock API, i18n or
 * validation).
 *
 * It generates the synthetic data set with the mock API's own generator (as the demo does on
 * every load), takes the latest closed round's approved assessments, and draws what the app's
 * heatmap view shows for all 2,000 signatories (./heatmap-charts.tsx). The bench times it from
 * navigation until both charts are painted (scripts/bench/measurements.mjs).
 */
import { generateSyntheticDataSet } from '../../mocks/seed/synthetic';
import { seedUsers } from '../../mocks/seed/users';
import { renderBareHeatmap } from './heatmap-charts';

const data = generateSyntheticDataSet(seedUsers);
const round = data.rounds
  .filter((candidate) => candidate.status === 'closed')
  .sort((a, b) => a.year - b.year)
  .at(-1);
const approved = new Map(
  data.assessments
    .filter((assessment) => assessment.roundId === round?.id && assessment.status === 'approved')
    .map((assessment) => [assessment.cityId, assessment.ratings]),
);

renderBareHeatmap({ cities: data.cities, approved });

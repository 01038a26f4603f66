/**
 * The bench's floor for the compare page's heatmap view against the server: the same JSON the
 * app fetches, from the same server (the bench serves this page beside the API on one origin),
 * drawn by Recharts directly (../bare-heatmap/heatmap-charts.tsx), with no app around it (no
 * router, data layer, i18n or validation).
 *
 * As the app's compare page does, it asks for the rounds and the cities at once, then for the
 * approved score rows of the latest closed round, with the session token the bench put in
 * localStorage (`bench.token`) when it signed in. The bench times it from navigation until both
 * charts are painted (scripts/bench/measurements.mjs).
 */
import type { City } from '../../src/domain/city';
import type { Round } from '../../src/domain/round';
import type { ScoreRow } from '../../src/domain/score-row';
import { renderBareHeatmap } from '../bare-heatmap/heatmap-charts';

const token = localStorage.getItem('bench.token');

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api${path} answered ${String(response.status)}`);
  return (await response.json()) as T;
}

const [rounds, cities] = await Promise.all([get<Round[]>('/rounds'), get<City[]>('/cities')]);
const round = rounds
  .filter((candidate) => candidate.status === 'closed')
  .sort((a, b) => a.year - b.year)
  .at(-1);
const rows = round
  ? await get<ScoreRow[]>(
      `/scores?${new URLSearchParams({ roundId: round.id, status: 'approved' }).toString()}`,
    )
  : [];

renderBareHeatmap({ cities, approved: new Map(rows.map((row) => [row.cityId, row.ratings])) });

/**
 * The two charts of the bench's bare heatmap pages (bench/bare-heatmap, from generated data;
 * bench/bare-heatmap-server, from the server's JSON), drawn by Recharts alone: what the app's
 * heatmap view shows for all signatories of a round, i.e. how the ratings spread over each
 * commitment (a stacked bar chart of all cities) and the first page of 25 cities by name as a
 * heatmap of rating cells (a scatter chart of coloured squares with the rating's symbol).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import {
  commitmentIds,
  ratingValues,
  type CommitmentId,
  type RatingValue,
} from '../../src/domain/charter';

const PAGE_SIZE = 25;
const cellKinds = [...ratingValues, 'unanswered', 'no_assessment'] as const;
type CellKind = (typeof cellKinds)[number];

const cellStyle: Record<CellKind, { fill: string; ink: string; symbol: string }> = {
  fully: { fill: '#0b4f8a', ink: '#ffffff', symbol: '●' },
  partly: { fill: '#7fb4e0', ink: '#1f2328', symbol: '◐' },
  not_at_all: { fill: '#f2b866', ink: '#1f2328', symbol: '○' },
  not_applicable: { fill: '#e3e6ea', ink: '#1f2328', symbol: '–' },
  not_assessed: { fill: '#bfc5cc', ink: '#1f2328', symbol: '?' },
  unanswered: { fill: '#ffffff', ink: '#1f2328', symbol: '·' },
  no_assessment: { fill: '#ffffff', ink: '#4a535e', symbol: '' },
};

/** A city's approved answers in the round: a rating (or null) per commitment answered. */
export type ApprovedRatings = Partial<Record<CommitmentId, { rating: RatingValue | null }>>;

export interface BareHeatmapData {
  cities: readonly { id: string; name: string }[];
  /** The ratings of each city's approved assessment in the round, by city id. */
  approved: ReadonlyMap<string, ApprovedRatings>;
}

interface CellShapeProps {
  cx?: number;
  cy?: number;
  payload?: { kind: CellKind };
}

function CellShape({ cx = 0, cy = 0, payload }: CellShapeProps) {
  const style = cellStyle[payload?.kind ?? 'no_assessment'];
  return (
    <g className="bare-heatmap__cell">
      <rect x={cx - 22} y={cy - 14} width={44} height={28} fill={style.fill} stroke="#6b7480" />
      <text x={cx} y={cy + 5} textAnchor="middle" fill={style.ink}>
        {style.symbol}
      </text>
    </g>
  );
}

/** Works out both charts' data from `data` and renders them into #root. */
export function renderBareHeatmap({ cities: unsorted, approved }: BareHeatmapData) {
  const collator = new Intl.Collator('en');
  const cities = [...unsorted].sort((a, b) => collator.compare(a.name, b.name));

  function cellOf(cityId: string, commitmentId: CommitmentId): CellKind {
    const ratings = approved.get(cityId);
    if (!ratings) return 'no_assessment';
    return ratings[commitmentId]?.rating ?? 'unanswered';
  }

  const distribution = commitmentIds.map((id) => {
    const counts = Object.fromEntries(cellKinds.map((kind) => [kind, 0])) as Record<
      CellKind,
      number
    >;
    for (const city of cities) counts[cellOf(city.id, id)] += 1;
    return { commitment: id, ...counts };
  });

  const page = cities.slice(0, PAGE_SIZE);
  const cells = page.flatMap((city) =>
    commitmentIds.map((id) => ({ city: city.name, commitment: id, kind: cellOf(city.id, id) })),
  );

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <BarChart
        width={860}
        height={commitmentIds.length * 30 + 72}
        layout="vertical"
        data={distribution}
        stackOffset="expand"
      >
        <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} />
        <YAxis type="category" dataKey="commitment" width={72} interval={0} />
        {cellKinds.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            stackId="ratings"
            fill={cellStyle[kind].fill}
            stroke="#1f2328"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <ScatterChart
        width={230 + commitmentIds.length * 46 + 40}
        height={PAGE_SIZE * 30 + 60}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <XAxis
          type="category"
          dataKey="commitment"
          allowDuplicatedCategory={false}
          orientation="top"
        />
        <YAxis
          type="category"
          dataKey="city"
          allowDuplicatedCategory={false}
          width={230}
          interval={0}
        />
        <Scatter data={cells} shape={CellShape} isAnimationActive={false} />
      </ScatterChart>
    </StrictMode>,
  );
}

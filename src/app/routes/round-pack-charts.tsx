/**
 * A round's charts for its round pack: the overview's and the key-trends page's, composed here
 * because features do not import each other.
 */
import { RoundPackButton } from '../../components/round-pack-button';
import type { Round } from '../../domain/round';
import { formatYear } from '../../lib/format';
import { OverviewCharts } from '../../features/overview/overview-charts';
import { useOverviewFigures } from '../../features/overview/use-overview-figures';
import { TrendsCharts } from '../../features/trends/trends-charts';
import { useTrendsFigures } from '../../features/trends/use-trends-figures';

/** The round pack's button for a page that shows a round. */
export function roundPackFor(round: Round, includeUnapproved: boolean) {
  const suffix = includeUnapproved ? '_incl-unapproved' : '';
  return (
    <RoundPackButton
      year={formatYear(round.year)}
      fileName={`charter-monitor_round-pack_${String(round.year)}${suffix}.zip`}
      charts={<RoundPackCharts roundId={round.id} includeUnapproved={includeUnapproved} />}
    />
  );
}

function RoundPackCharts({
  roundId,
  includeUnapproved,
}: {
  roundId: string;
  includeUnapproved: boolean;
}) {
  return (
    <>
      <OverviewCharts
        figures={useOverviewFigures(roundId, includeUnapproved)}
        includeUnapproved={includeUnapproved}
      />
      <TrendsPackCharts roundId={roundId} />
    </>
  );
}

/** The key-trends charts, when the round has approved assessments (else that page has none). */
function TrendsPackCharts({ roundId }: { roundId: string }) {
  const figures = useTrendsFigures(roundId);
  const { round, mostEstablished } = figures;
  if (round?.id !== roundId || !mostEstablished) return null;
  return <TrendsCharts figures={figures} round={round} mostEstablished={mostEstablished} />;
}

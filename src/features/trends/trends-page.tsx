/** The eight key trends: adoption in a round, each trend round by round, and who leads. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import type { Round } from '../../domain/round';
import { parseRoundAddress, serializeRoundAddress } from '../../lib/address-state/round';
import { formatYear } from '../../lib/format';
import { TrendLeaders } from './trend-leaders';
import { TrendsCharts } from './trends-charts';
import { useTrendsFigures } from './use-trends-figures';

/** `roundPack`: the action that downloads the round's figures and data as one file. */
export function TrendsPage({ roundPack }: { roundPack?: (round: Round) => ReactNode }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const figures = useTrendsFigures(parseRoundAddress(searchParams).roundId);
  const { keyTrends, rounds, round, mostEstablished } = figures;
  const year = formatYear(round?.year ?? 0);

  return (
    <>
      <PageHeading title={t('trends.title')} roundYear={round?.year} />
      <p className="lead">{t('trends.intro')}</p>
      {!round || !mostEstablished ? (
        <p>{t('trends.noData')}</p>
      ) : (
        <>
          <RoundSelect
            rounds={rounds}
            value={round.id}
            onChange={(roundId) => {
              setSearchParams(serializeRoundAddress({ roundId }));
            }}
          />
          {roundPack?.(round)}
          <TrendsCharts figures={figures} round={round} mostEstablished={mostEstablished} />
          <TrendLeaders roundId={round.id} year={year} trends={keyTrends} />
        </>
      )}
    </>
  );
}

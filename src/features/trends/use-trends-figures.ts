/**
 * The key-trends page's numbers for one round (null: the default, `chooseRound` among the
 * rounds with approved assessments), from every round's aggregate of approved assessments,
 * which the API computes.
 */
import { useMemo } from 'react';
import { trendAdoption } from '../../domain/aggregation';
import { chooseRound } from '../../domain/round';
import { roundAdoptionsOf } from '../../domain/round-aggregate';
import { useKeyTrends, useRoundAggregates, useRounds } from '../../data/query-hooks';

/** No key trend reported anywhere: the adoption of a round with nothing counted. */
const noAdoption = trendAdoption([]);

export function useTrendsFigures(roundId: string | null) {
  const catalogue = useKeyTrends();
  const aggregates = useRoundAggregates();
  const allRounds = useRounds();
  const keyTrends = useMemo(() => [...catalogue].sort((a, b) => a.number - b.number), [catalogue]);
  const byRound = useMemo(() => roundAdoptionsOf(allRounds, aggregates), [allRounds, aggregates]);
  const rounds = useMemo(() => byRound.map((entry) => entry.round), [byRound]);
  const round = chooseRound(rounds, roundId, 'complete');
  const selected = byRound.find((entry) => entry.round.id === round?.id);
  const adoption = selected?.adoption ?? noAdoption;
  const mostEstablished = [...keyTrends].sort(
    (a, b) => adoption[b.id].established - adoption[a.id].established,
  )[0];
  return {
    keyTrends,
    byRound,
    rounds,
    round,
    /** How many approved assessments of the round the figures count. */
    assessmentCount: selected?.cityCount ?? 0,
    adoption,
    mostEstablished,
  };
}

export type TrendsFigures = ReturnType<typeof useTrendsFigures>;

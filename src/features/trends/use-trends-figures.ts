/** The key-trends page's numbers for one round (null: the latest with approved assessments). */
import { useMemo } from 'react';
import { approvedAssessments, defaultChartRound, trendAdoption } from '../../domain/aggregation';
import { trendAdoptionByRound } from '../../domain/city-standing';
import { sortRoundsByYear } from '../../domain/round';
import { useKeyTrends, useRounds, useScoreRows } from '../../data/query-hooks';

export function useTrendsFigures(roundId: string | null) {
  const catalogue = useKeyTrends();
  const rows = useScoreRows();
  const allRounds = useRounds();
  const keyTrends = useMemo(() => [...catalogue].sort((a, b) => a.number - b.number), [catalogue]);
  const approved = useMemo(() => approvedAssessments(rows), [rows]);
  const byRound = useMemo(() => trendAdoptionByRound(allRounds, approved), [allRounds, approved]);
  const rounds = useMemo(
    () =>
      sortRoundsByYear(allRounds).filter((round) =>
        approved.some((assessment) => assessment.roundId === round.id),
      ),
    [allRounds, approved],
  );
  const round = rounds.find((candidate) => candidate.id === roundId) ?? defaultChartRound(rounds);
  const inRound = approved.filter((assessment) => assessment.roundId === round?.id);
  const adoption = trendAdoption(inRound);
  const mostEstablished = [...keyTrends].sort(
    (a, b) => adoption[b.id].established - adoption[a.id].established,
  )[0];
  return { keyTrends, byRound, rounds, round, inRound, adoption, mostEstablished };
}

export type TrendsFigures = ReturnType<typeof useTrendsFigures>;

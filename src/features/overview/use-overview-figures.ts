/** The overview's numbers for one round: what its key figures and its charts are drawn from. */
import { useMemo } from 'react';
import { approvedAssessments, averagesByRound, trendAdoption } from '../../domain/aggregation';
import { sortRoundsByYear } from '../../domain/round';
import { overallScore } from '../../domain/scoring';
import { useCities, useRoundProgress, useRounds, useScoreRows } from '../../data/query-hooks';
import { overviewRound } from './overview-data';

/** `roundId` null: the open round, or else the latest. */
export function useOverviewFigures(roundId: string | null, includeUnapproved: boolean) {
  const allRounds = useRounds();
  const cities = useCities();
  const rows = useScoreRows();
  const rounds = useMemo(() => sortRoundsByYear(allRounds), [allRounds]);
  const round = overviewRound(rounds, roundId);
  const progress = useRoundProgress(round?.id ?? '');
  const roundAverages = useMemo(
    () => averagesByRound(rounds, rows, { includeUnapproved }),
    [rounds, rows, includeUnapproved],
  );
  const inRound = useMemo(
    () =>
      (includeUnapproved ? rows : approvedAssessments(rows)).filter(
        (row) => row.roundId === round?.id,
      ),
    [rows, includeUnapproved, round?.id],
  );
  const selectedIndex = roundAverages.findIndex((entry) => entry.round.id === round?.id);
  const selectedAverage = roundAverages[selectedIndex]?.average.overall ?? null;
  const previous = selectedIndex > 0 ? roundAverages[selectedIndex - 1] : undefined;
  const change =
    selectedAverage !== null && previous?.average.overall != null
      ? selectedAverage - previous.average.overall
      : null;
  return {
    rounds,
    round,
    cities,
    progress,
    roundAverages,
    inRound,
    selectedAverage,
    previous,
    change,
    adoption: trendAdoption(inRound),
    mapScores: new Map(inRound.map((row) => [row.cityId, overallScore(row.ratings)])),
  };
}

export type OverviewFigures = ReturnType<typeof useOverviewFigures>;

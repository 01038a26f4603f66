/**
 * The overview's numbers for one round: what its key figures and its charts are drawn from.
 * The API computes them (docs/api.md, "Aggregates"): every round's averages and trend adoption,
 * and the round's per-city overall scores for the map, never the rows themselves.
 */
import { useMemo } from 'react';
import { trendAdoption } from '../../domain/aggregation';
import { chooseRound } from '../../domain/round';
import { roundAveragesOf } from '../../domain/round-aggregate';
import {
  useCities,
  useCityScores,
  useRoundAggregates,
  useRoundProgress,
  useRounds,
} from '../../data/query-hooks';

/** No key trend reported anywhere: the adoption of a round with nothing counted. */
const noAdoption = trendAdoption([]);

/** `roundId` null: the page's default round (`chooseRound`, where reporting stands now). */
export function useOverviewFigures(roundId: string | null, includeUnapproved: boolean) {
  const rounds = useRounds();
  const cities = useCities();
  const aggregates = useRoundAggregates(includeUnapproved);
  const round = chooseRound(rounds, roundId, 'current');
  const progress = useRoundProgress(round?.id ?? '');
  const cityScores = useCityScores(round?.id ?? '', includeUnapproved);
  const roundAverages = useMemo(() => roundAveragesOf(rounds, aggregates), [rounds, aggregates]);
  const mapScores = useMemo(
    () => new Map(cityScores.map(({ cityId, overall }) => [cityId, overall])),
    [cityScores],
  );
  const selected = aggregates.find((aggregate) => aggregate.roundId === round?.id);
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
    /** How many assessments of the round the figures count. */
    assessmentCount: selected?.assessmentCount ?? 0,
    selectedAverage,
    previous,
    change,
    adoption: selected?.trendAdoption ?? noAdoption,
    mapScores,
  };
}

export type OverviewFigures = ReturnType<typeof useOverviewFigures>;

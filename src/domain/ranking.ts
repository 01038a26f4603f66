/**
 * Ranking by score, the way league tables do it ("1, 2, 2, 4"): equal scores share a rank and
 * the next rank skips the places they took. Equality is judged on the score as it is shown
 * (rounded, whole points by default), so two cities shown with the same score never get
 * different ranks. Entries without a score are not ranked and come last — never as a 0.
 */
import { wholePoints } from './scoring';

/** One entry of a ranking. */
export interface Ranked<T> {
  item: T;
  score: number | null;
  /** 1 is the highest score; null when the entry has no score. */
  rank: number | null;
  /** True when another entry shares this rank. */
  tied: boolean;
}

export interface RankOptions<T> {
  /** Decimal places the scores are shown with; ties are judged at that precision. */
  decimals?: number;
  /** Orders entries that share a rank, and the unscored ones, e.g. by name. */
  tieBreak?: (a: T, b: T) => number;
}

export function rankByScore<T>(
  items: readonly T[],
  scoreOf: (item: T) => number | null,
  { decimals = 0, tieBreak = () => 0 }: RankOptions<T> = {},
): Ranked<T>[] {
  const factor = 10 ** decimals;
  const shown = (score: number) => wholePoints(score * factor);
  const entries = items.map((item) => ({ item, score: scoreOf(item) }));
  const scored = entries
    .filter((entry): entry is { item: T; score: number } => entry.score !== null)
    .sort((a, b) => shown(b.score) - shown(a.score) || tieBreak(a.item, b.item));
  const unscored = entries
    .filter((entry) => entry.score === null)
    .sort((a, b) => tieBreak(a.item, b.item));

  const countByShown = new Map<number, number>();
  for (const entry of scored) {
    const key = shown(entry.score);
    countByShown.set(key, (countByShown.get(key) ?? 0) + 1);
  }
  const ranked: Ranked<T>[] = [];
  scored.forEach((entry, index) => {
    const previous = ranked.at(-1);
    const sharesPrevious = previous?.score != null && shown(previous.score) === shown(entry.score);
    ranked.push({
      item: entry.item,
      score: entry.score,
      rank: sharesPrevious ? previous.rank : index + 1,
      tied: (countByShown.get(shown(entry.score)) ?? 0) > 1,
    });
  });
  return [
    ...ranked,
    ...unscored.map((entry) => ({ item: entry.item, score: null, rank: null, tied: false })),
  ];
}

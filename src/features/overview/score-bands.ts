/**
 * Overall scores in four bands for the map: each band has a colour from the Okabe-Ito palette
 * (safe for colour-blind readers) and its own marker shape, so colour never carries it alone.
 */
export const scoreBands = ['high', 'medium', 'low', 'none'] as const;
export type ScoreBand = (typeof scoreBands)[number];

export function scoreBandOf(score: number | null): ScoreBand {
  if (score === null) return 'none';
  if (score >= 75) return 'high';
  if (score >= 50) return 'medium';
  return 'low';
}

export const scoreBandStyle: Record<
  ScoreBand,
  { color: string; shape: 'square' | 'triangle' | 'circle' | 'ring' }
> = {
  high: { color: '#0072B2', shape: 'square' },
  medium: { color: '#B35C00', shape: 'triangle' },
  low: { color: '#A6361B', shape: 'circle' },
  none: { color: '#4a535e', shape: 'ring' },
};

/** The map of signatory cities, coloured and shaped by overall score band, with its table. */
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { ScoreText } from '../../components/score-text';
import type { City } from '../../domain/city';
import { formatCount, formatCountry, formatScore } from '../../lib/format';
import { scoreBandOf, scoreBands, scoreBandStyle } from './score-bands';

const CityMap = lazy(async () => ({ default: (await import('./city-map')).CityMap }));

const legendSymbols = { square: '■', triangle: '▲', circle: '●', ring: '○' } as const;

interface CityMapFrameProps {
  cities: readonly City[];
  /** Overall score by city id, for the cities assessed in the round. */
  scores: ReadonlyMap<string, number | null>;
  year: string;
  subtitle: string;
}

export function CityMapFrame({ cities, scores, year, subtitle }: CityMapFrameProps) {
  const { t, i18n } = useTranslation();
  const placed = [...cities].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const scoreOf = (cityId: string) => scores.get(cityId) ?? null;
  const counts = Object.fromEntries(
    scoreBands.map((band) => [
      band,
      placed.filter((city) => scoreBandOf(scoreOf(city.id)) === band).length,
    ]),
  ) as Record<(typeof scoreBands)[number], number>;
  return (
    <ChartFrame
      title={t('overview.map.title', { year })}
      subtitle={subtitle}
      summary={t('overview.map.summary', {
        year,
        high: formatCount(counts.high),
        medium: formatCount(counts.medium),
        low: formatCount(counts.low),
        none: formatCount(counts.none),
      })}
      table={{
        columns: [
          { id: 'city', header: t('cities.columns.city') },
          { id: 'country', header: t('cities.columns.country') },
          { id: 'score', header: t('cities.columns.overall'), numeric: true },
          { id: 'band', header: t('overview.map.band') },
        ],
        rows: placed.map((city) => {
          const score = scoreOf(city.id);
          return {
            id: city.id,
            cells: [
              city.name,
              formatCountry(city.countryCode),
              <ScoreText key="score" score={score} />,
              t(`overview.map.bands.${scoreBandOf(score)}`),
            ],
          };
        }),
      }}
    >
      <CityMap
        cities={placed.map((city) => {
          const score = scoreOf(city.id);
          return {
            id: city.id,
            name: city.name,
            lat: city.coordinates.lat,
            lon: city.coordinates.lon,
            score,
            label: t('overview.map.pointLabel', {
              city: city.name,
              score: score === null ? t('overview.map.bands.none') : formatScore(score),
            }),
          };
        })}
      />
      <ul className="chart-legend">
        {scoreBands.map((band) => (
          <li key={band}>
            <span aria-hidden="true" style={{ color: scoreBandStyle[band].color }}>
              {legendSymbols[scoreBandStyle[band].shape]}
            </span>{' '}
            {t(`overview.map.bands.${band}`)}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

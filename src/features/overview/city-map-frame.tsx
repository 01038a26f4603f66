/** The map of signatory cities, coloured and shaped by overall score band, with its table. */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import type { FigureName } from '../../lib/export/figure-file-name';
import type { City } from '../../domain/city';
import { formatCount, formatCountry, formatScore } from '../../lib/format';
import { ScoreBandMarker } from './score-band-marker';
import { scoreBandOf, scoreBands } from './score-bands';

const CityMap = lazyWithPreload(async () => ({ default: (await import('./city-map')).CityMap }));

/** Fetches the map's code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadCityMap(): Promise<unknown> {
  return CityMap.preload();
}

interface CityMapFrameProps {
  cities: readonly City[];
  /** Overall score by city id, for the cities assessed in the round. */
  scores: ReadonlyMap<string, number | null>;
  year: string;
  subtitle: string;
  figure: FigureName;
}

export function CityMapFrame({ cities, scores, year, subtitle, figure }: CityMapFrameProps) {
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
      data={{
        columns: [
          { id: 'city', header: t('cities.columns.city'), kind: 'label' },
          { id: 'country', header: t('cities.columns.country'), kind: 'text' },
          { id: 'score', header: t('cities.columns.overall'), kind: 'score' },
          { id: 'band', header: t('overview.map.band'), kind: 'text' },
        ],
        rows: placed.map((city) => {
          const score = scoreOf(city.id);
          return {
            id: city.id,
            values: [
              city.name,
              formatCountry(city.countryCode),
              score,
              t(`overview.map.bands.${scoreBandOf(score)}`),
            ],
          };
        }),
      }}
      figure={figure}
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
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <ScoreBandMarker band={band} x={8} y={8} />
            </svg>
            {t(`overview.map.bands.${band}`)}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

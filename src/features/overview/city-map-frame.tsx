/** The map of signatory cities, coloured and shaped by overall score band, with its table. */
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import type { FigureName } from '../../lib/export/figure-file-name';
import type { City } from '../../domain/city';
import { formatCount, formatCountries, formatScore } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';
import { ScoreBandMarker } from './score-band-marker';
import { scoreBandOf, scoreBands } from './score-bands';

// Fetched when the map comes near the screen (ChartFrame), as the overview's other charts.
const CityMap = lazy(async () => ({ default: (await import('./city-map')).CityMap }));

interface CityMapFrameProps {
  cities: readonly City[];
  /** Overall score by city id, for the cities assessed in the round. */
  scores: ReadonlyMap<string, number | null>;
  year: string;
  subtitle: string;
  figure: FigureName;
  /** Whether the chart's menu offers "Embed" (ChartFrame). */
  embeddable?: boolean | undefined;
}

export function CityMapFrame({
  cities,
  scores,
  year,
  subtitle,
  figure,
  embeddable,
}: CityMapFrameProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const cityName = useCityName();
  // Derived once per change of cities, scores or language: on the 2,000-city set, sorting with
  // localeCompare and naming each city's country one by one, on every render, held up the
  // overview's first paint (one Intl.Collator and one Intl.DisplayNames instead).
  const placed = useMemo(() => {
    const collator = new Intl.Collator(language);
    const countries = formatCountries(
      cities.map((city) => city.countryCode),
      language,
    );
    return cities
      .map((city) => {
        const score = scores.get(city.id) ?? null;
        const band = scoreBandOf(score);
        return {
          city,
          name: cityName(city),
          score,
          band,
          country: countries.get(city.countryCode),
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [cities, scores, language, cityName]);
  // Each band's name once, not once per city: on 2,000 cities, a translation per row and two per
  // point on every render were most of the frame's time while the map was not even drawn.
  const bandNames = useMemo(
    () =>
      Object.fromEntries(
        scoreBands.map((band) => [band, t(`overview.map.bands.${band}`)]),
      ) as Record<(typeof scoreBands)[number], string>,
    [t],
  );
  const rows = useMemo(
    () =>
      placed.map(({ city, name, score, band, country }) => ({
        id: city.id,
        values: [name, country ?? city.countryCode, score, bandNames[band]],
      })),
    [placed, bandNames],
  );
  const mapCities = useMemo(
    () =>
      placed.map(({ city, name, score }) => ({
        id: city.id,
        name,
        lat: city.coordinates.lat,
        lon: city.coordinates.lon,
        score,
      })),
    [placed],
  );
  const counts = Object.fromEntries(
    scoreBands.map((band) => [band, placed.filter((entry) => entry.band === band).length]),
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
        rows,
      }}
      figure={figure}
      embeddable={embeddable}
      // Below the overview's key figures: drawn when the reader scrolls to it.
      drawWhenNear
    >
      <CityMap
        cities={mapCities}
        pointLabel={({ name, score }) =>
          t('overview.map.pointLabel', {
            city: name,
            score: score === null ? bandNames.none : formatScore(score),
          })
        }
      />
      <ul className="chart-legend">
        {scoreBands.map((band) => (
          <li key={band}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <ScoreBandMarker band={band} x={8} y={8} />
            </svg>
            {bandNames[band]}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

/**
 * Signatory cities as points over an outline of Europe (Natural Earth countries, 1:110m,
 * from world-atlas), each point's colour and shape giving its overall score band. Loaded lazily.
 * The outlines are drawn at build time (scripts/map-outlines-plugin.ts) with the projection whose
 * fitted numbers place the cities here.
 */
import { countryOutlines, mapFit } from 'virtual:map-outlines';
import { cityPlacer } from './city-placement';
import { MAP_HEIGHT as HEIGHT, MAP_WIDTH as WIDTH } from './map-frame';
import { ScoreBandMarker } from './score-band-marker';
import { scoreBandOf } from './score-bands';

export interface MapCity {
  id: string;
  name: string;
  lat: number;
  lon: number;
  score: number | null;
}

const placeCity = cityPlacer(mapFit);

interface CityMapProps {
  cities: readonly MapCity[];
  /**
   * What a city's point says on hover, e.g. "Ghent: 74": asked only as the map is drawn, since
   * the frame around it renders (on 2,000 cities) long before the map is scrolled to.
   */
  pointLabel: (city: MapCity) => string;
}

export function CityMap({ cities, pointLabel }: CityMapProps) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="city-map" aria-hidden="true">
      <rect width={WIDTH} height={HEIGHT} fill="#eef3f8" />
      {countryOutlines.map((path, index) => (
        <path key={index} d={path} fill="#ffffff" stroke="#8a94a0" strokeWidth={0.75} />
      ))}
      {cities.map((city) => {
        const [x, y] = placeCity(city.lon, city.lat);
        return (
          <g key={city.id}>
            <title>{pointLabel(city)}</title>
            <ScoreBandMarker band={scoreBandOf(city.score)} x={x} y={y} />
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Signatory cities as points over an outline of Europe (Natural Earth countries, 1:110m,
 * from world-atlas), each point's colour and shape giving its overall score band. Loaded lazily
 * with its map data.
 */
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';
import { scoreBandOf, scoreBandStyle, type ScoreBand } from './score-bands';

export interface MapCity {
  id: string;
  name: string;
  lat: number;
  lon: number;
  score: number | null;
  /** Said on hover, e.g. "Ghent: 74". */
  label: string;
}

const WIDTH = 640;
const HEIGHT = 560;

// An equal-area conic for Europe (Albers), fitted to the continent's extent; the SVG's viewBox
// crops the rest of the world. (An azimuthal projection garbles Eurasia's fill near its clip.)
const projection = geoConicEqualArea()
  .parallels([43, 62])
  .rotate([-10, 0])
  .fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          // Clockwise, so d3-geo reads it as this box and not as the rest of the globe.
          [
            [-25, 34],
            [-25, 71],
            [40, 71],
            [40, 34],
            [-25, 34],
          ],
        ],
      },
    },
  );

const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection }>;
// One path per country: a single path for all land lets badly wound rings cancel each other's fill.
const countryPaths = feature(topology, topology.objects.countries).features.map(
  (country) => geoPath(projection)(country) ?? '',
);

function Marker({ band, x, y }: { band: ScoreBand; x: number; y: number }) {
  const { color, shape } = scoreBandStyle[band];
  const size = 5;
  switch (shape) {
    case 'square':
      return (
        <rect
          x={x - size}
          y={y - size}
          width={size * 2}
          height={size * 2}
          fill={color}
          stroke="#fff"
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${x},${y - size - 1} L${x + size + 1},${y + size} L${x - size - 1},${y + size} Z`}
          fill={color}
          stroke="#fff"
        />
      );
    case 'circle':
      return <circle cx={x} cy={y} r={size} fill={color} stroke="#fff" />;
    case 'ring':
      return <circle cx={x} cy={y} r={size - 1} fill="#fff" stroke={color} strokeWidth={2} />;
  }
}

export function CityMap({ cities }: { cities: readonly MapCity[] }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="city-map" aria-hidden="true">
      <rect width={WIDTH} height={HEIGHT} fill="#eef3f8" />
      {countryPaths.map((path, index) => (
        <path key={index} d={path} fill="#ffffff" stroke="#8a94a0" strokeWidth={0.75} />
      ))}
      {cities.map((city) => {
        const point = projection([city.lon, city.lat]);
        if (!point) return null;
        return (
          <g key={city.id}>
            <title>{city.label}</title>
            <Marker band={scoreBandOf(city.score)} x={point[0]} y={point[1]} />
          </g>
        );
      })}
    </svg>
  );
}

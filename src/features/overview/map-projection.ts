/**
 * The overview map's projection (map-frame.ts), fitted to the continent's extent; the SVG's
 * viewBox crops the rest of the world. (An azimuthal projection garbles Eurasia's fill near its
 * clip.) Used at build time only (scripts/map-outlines-plugin.ts): it draws the countries'
 * outlines once and hands the browser the fitted numbers (`mapFit`), so the page places the
 * cities without d3-geo's projection pipeline.
 */
import { geoConicEqualArea, geoConicEqualAreaRaw } from 'd3-geo';
// With its extension: vite.config.ts loads this file (through the map plugin) in plain Node.
import { MAP_HEIGHT, MAP_PARALLELS, MAP_ROTATION, MAP_WIDTH } from './map-frame.ts';
import type { MapFit } from './city-placement';

export function mapProjection() {
  return geoConicEqualArea()
    .parallels([...MAP_PARALLELS])
    .rotate([MAP_ROTATION, 0])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
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
}

/**
 * The fitted projection as the numbers of its last step, `[dx + scale·x, dy − scale·y]` applied
 * to the raw conic's (x, y): d3-geo's own transform, with its centring (the conic's default
 * centre, 0° E 33.6442° N) folded into dx and dy, as d3-geo's projection `recenter` does.
 */
export function mapFit(): MapFit {
  const projection = mapProjection();
  const scale = projection.scale();
  const [translateX, translateY] = projection.translate();
  const radians = Math.PI / 180;
  const [centreLon, centreLat] = projection.center();
  const [centreX, centreY] = geoConicEqualAreaRaw(
    MAP_PARALLELS[0] * radians,
    MAP_PARALLELS[1] * radians,
  )(centreLon * radians, centreLat * radians);
  return { scale, dx: translateX - scale * centreX, dy: translateY + scale * centreY };
}

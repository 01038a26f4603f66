/**
 * The overview map's frame and projection: an equal-area conic for Europe (Albers), fitted to
 * the continent's extent; the SVG's viewBox crops the rest of the world. (An azimuthal
 * projection garbles Eurasia's fill near its clip.) Shared by the map, which places the cities
 * with it, and by the build, which draws the countries' outlines with it once
 * (scripts/map-outlines-plugin.ts).
 */
import { geoConicEqualArea } from 'd3-geo';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;

export function mapProjection() {
  return geoConicEqualArea()
    .parallels([43, 62])
    .rotate([-10, 0])
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

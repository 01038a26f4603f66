/**
 * Places a city on the overview map: d3-geo's raw equal-area conic with the map's settings
 * (map-frame.ts), then the fit worked out at build time (map-projection.ts `mapFit`). The same
 * point as the full projection (city-placement.test.ts), for a few hundred bytes instead of
 * d3-geo's projection pipeline, which a point does not need (it clips and resamples lines).
 */
import { geoConicEqualAreaRaw } from 'd3-geo';
import { MAP_PARALLELS, MAP_ROTATION } from './map-frame';

/** The fitted projection's last step: map x = dx + scale·x, map y = dy − scale·y (SVG units). */
export interface MapFit {
  scale: number;
  dx: number;
  dy: number;
}

const radians = Math.PI / 180;

/**
 * Returns where a place at `lon`, `lat` (degrees east, north) falls in the map's SVG units
 * (0–640 across, 0–560 down; outside that range when it lies beyond the frame).
 */
export function cityPlacer(fit: MapFit): (lon: number, lat: number) => [number, number] {
  const project = geoConicEqualAreaRaw(MAP_PARALLELS[0] * radians, MAP_PARALLELS[1] * radians);
  return (lon, lat) => {
    // d3-geo's rotation in longitude, kept within ±180° as it keeps it.
    let lambda = (lon + MAP_ROTATION) * radians;
    if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI;
    const [x, y] = project(lambda, lat * radians);
    return [fit.dx + fit.scale * x, fit.dy - fit.scale * y];
  };
}

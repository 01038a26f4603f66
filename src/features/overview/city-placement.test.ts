import { mapFit as builtFit } from 'virtual:map-outlines';
import { describe, expect, it } from 'vitest';
import { cityPlacer } from './city-placement';
import { mapFit, mapProjection } from './map-projection';

/** Places across the map's reach: its corners, the rotation's meridian, the far east and north. */
const places: [string, number, number][] = [
  ['Lisbon', -9.139, 38.722],
  ['Reykjavík', -21.942, 64.146],
  ['Tromsø', 18.956, 69.649],
  ['Gdańsk', 18.646, 54.352],
  ['Nicosia', 33.382, 35.185],
  ['Helsinki', 24.938, 60.17],
  ['on the rotation meridian', 10, 50],
  ['Athens', 23.727, 37.984],
];

describe('cityPlacer', () => {
  it.each(places)('puts %s where the full d3-geo projection puts it', (_name, lon, lat) => {
    const [expectedX, expectedY] = mapProjection()([lon, lat]) ?? [NaN, NaN];
    const [x, y] = cityPlacer(mapFit())(lon, lat);
    expect(x).toBeCloseTo(expectedX, 9);
    expect(y).toBeCloseTo(expectedY, 9);
  });

  it('uses the fit the build hands the browser', () => {
    expect(builtFit).toEqual(mapFit());
  });

  it('keeps places inside the frame: Gdańsk east of Lisbon and north of Athens', () => {
    const place = cityPlacer(mapFit());
    const [lisbonX] = place(-9.139, 38.722);
    const [gdanskX, gdanskY] = place(18.646, 54.352);
    const [, athensY] = place(23.727, 37.984);
    expect(gdanskX).toBeGreaterThan(lisbonX);
    // SVG y grows downwards.
    expect(gdanskY).toBeLessThan(athensY);
    expect([gdanskX, gdanskY].every((value) => value > 0 && value < 640)).toBe(true);
  });
});

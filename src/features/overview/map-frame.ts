/**
 * The overview map's frame: the SVG's size in user units and the settings of its projection, an
 * equal-area conic for Europe (Albers). Shared by the build, which fits the projection and draws
 * the countries with d3-geo (scripts/map-outlines-plugin.ts), and by the browser, which places
 * the cities with the fitted result alone (city-placement.ts).
 */
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;
/** The conic's standard parallels, degrees north: they bracket the signatories' latitudes. */
export const MAP_PARALLELS: readonly [number, number] = [43, 62];
/** The projection's rotation in longitude, degrees: 10° E comes to the map's middle. */
export const MAP_ROTATION = -10;

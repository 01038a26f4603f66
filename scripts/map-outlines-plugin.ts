/**
 * Draws the overview map's country outlines at build time: `virtual:map-outlines` exports one
 * SVG path per country (Natural Earth 1:110m, from world-atlas), projected as the map places
 * its cities (src/features/overview/map-projection.ts), and `mapFit`, the fitted projection's
 * numbers, with which the browser places the cities (city-placement.ts). The browser then gets
 * path strings instead of the world's topology, topojson-client and d3-geo's path and
 * projection code, and draws them at once. Outlines are clipped just outside the map's frame (a country's parts beyond it, or a
 * country wholly outside it, are left out: they are never seen, and were 60 % of the bytes), and
 * coordinates are rounded to a tenth of the map's 640 units, below a pixel at any size the page
 * shows it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { MAP_HEIGHT, MAP_WIDTH } from '../src/features/overview/map-frame.ts';
import { mapFit, mapProjection } from '../src/features/overview/map-projection.ts';

const moduleId = 'virtual:map-outlines';
const resolvedId = `\0${moduleId}`;

export function countryOutlines(): string[] {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  // The margin keeps the clip's own edges out of sight.
  const clipped = mapProjection().clipExtent([
    [-2, -2],
    [MAP_WIDTH + 2, MAP_HEIGHT + 2],
  ]);
  const path = geoPath(clipped).digits(1);
  // One path per country: a single path for all land lets badly wound rings cancel each other's fill.
  return feature(topology, topology.objects.countries)
    .features.filter((country) => {
      const [[left, top], [right, bottom]] = path.bounds(country);
      return right >= 0 && left <= MAP_WIDTH && bottom >= 0 && top <= MAP_HEIGHT;
    })
    .map((country) => path(country) ?? '');
}

export function mapOutlines(): Plugin {
  return {
    name: 'charter-monitor:map-outlines',
    resolveId(source) {
      return source === moduleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      return [
        `export const countryOutlines = ${JSON.stringify(countryOutlines())};`,
        `export const mapFit = ${JSON.stringify(mapFit())};`,
        '',
      ].join('\n');
    },
  };
}

/**
 * The map's country outlines as SVG paths, drawn at build time, and the fitted projection that
 * drew them (scripts/map-outlines-plugin.ts; `mapFit` is a city-placement.ts `MapFit`).
 */
declare module 'virtual:map-outlines' {
  export const countryOutlines: readonly string[];
  export const mapFit: { readonly scale: number; readonly dx: number; readonly dy: number };
}

/** The map's country outlines as SVG paths, drawn at build time (scripts/map-outlines-plugin.ts). */
declare module 'virtual:map-outlines' {
  export const countryOutlines: readonly string[];
}

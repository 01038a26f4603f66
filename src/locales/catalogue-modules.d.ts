/** A part of a language's catalogue (scripts/catalogue-parts-plugin.ts): en.json's tree, cut. */
declare module 'virtual:catalogue-*' {
  type CatalogueTree = { readonly [key: string]: string | CatalogueTree };
  const part: CatalogueTree;
  export default part;
}

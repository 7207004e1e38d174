/** Titles and addresses of the sources a calculator cites, resolved at build time from content/data/sources.yaml. */
export type SourceLinks = Record<string, { title: string; url: string }>;

/** One cited source id (content/data/sources.yaml) and what it backs in a model's formulas or defaults. */
export interface Citation { readonly source: string; readonly what: string }

/** Titles and addresses of the sources a calculator cites, resolved at build time by its mount. */
export type SourceLinks = Record<string, { title: string; url: string }>;

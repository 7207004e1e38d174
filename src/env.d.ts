/** The site's own client directive (src/client-directives/intent.ts), known to Astro's JSX types. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean;
  }
}
export {};

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

import { normaliseBase } from './src/lib/base-path.ts';

// BASE_PATH picks the sub-path the site is served under ("/" or "/k8s-or-die/"); see README.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact()],
  build: {
    format: 'directory',
    // CSS imported by components inside MDX entries is otherwise inlined without a CSP hash.
    inlineStylesheets: 'never',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval()).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});

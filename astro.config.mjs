// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

import { createHash } from 'node:crypto';
import { normaliseBase } from './src/lib/base-path.ts';
import { offlineScript } from './src/lib/offline-script.ts';

// BASE_PATH picks the sub-path the site is served under ("/" or "/k8s-or-die/"); see README.
const base = normaliseBase(process.env.BASE_PATH);

/**
 * client:intent: islands hydrate when a reader is about to use them (src/client-directives/intent.ts).
 * @type {import('astro').AstroIntegration}
 */
const intentDirective = {
  name: 'k8s-or-die:client-intent',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'intent', entrypoint: './src/client-directives/intent.ts' });
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact(), intentDirective],
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
      scriptDirective: {
        // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval()).
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The service worker's registration is inlined with set:html, whose hash Astro does not compute.
        hashes: [`sha256-${createHash('sha256').update(offlineScript).digest('base64')}`],
      },
    },
  },
  // One stylesheet for the whole site (about 9 KB gzip), cached across pages, instead of 4 to 13 per page.
  vite: { build: { cssCodeSplit: false } },
  devToolbar: { enabled: false },
});

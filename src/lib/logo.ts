/**
 * The site's logo, a heptagon with a helm wheel: one drawing for favicon.svg (pages/favicon.svg.ts, the web app
 * manifest's scalable icon) and the header, which draws it inline so a page needs no image request (and no SVG image
 * document) to show it. The PNG icons in public/ (the tab's, the manifest's) are drawn from it by
 * scripts/draw-icons.ts; e2e/icons.spec.ts checks them.
 */
export const LOGO_VIEW_BOX = '0 0 32 32';

export const LOGO_SHAPES =
  '<path fill="#1d4ed8" d="M16 1.5 28.6 7.6l3.1 13.6-8.7 10.9H9L.3 21.2 3.4 7.6Z"/>' +
  '<g fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"><circle cx="16" cy="16.5" r="6.2"/>' +
  '<path d="M16 6.5v4M16 22.7v4M6.5 16.5h4M21.5 16.5h4M9.3 9.8l2.8 2.8M19.9 20.4l2.8 2.8M9.3 23.2l2.8-2.8M19.9 12.6l2.8-2.8"/></g>';

/** The logo as a standalone SVG file. */
export function logoFile(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${LOGO_VIEW_BOX}">${LOGO_SHAPES}</svg>\n`;
}

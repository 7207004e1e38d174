import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** Waits until every island on the page has hydrated (Astro drops the ssr attribute then). */
export const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

/** The data-result element `key` inside calculator `id`. */
export const calculatorResult = (page: Page, id: string, key: string) => page.locator(`[data-calculator="${id}"] [data-result="${key}"]`);

/**
 * Scrolls through the page so every client:visible island and lazy chart loads, then back to the top. On the slides,
 * where one slide shows at a time, it shows each slide in turn first.
 */
export async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((r) => setTimeout(r, 30));
    // A slide shows for two frames as well: an island shown and hidden again within one frame is never seen by its
    // IntersectionObserver (client:visible), and on a busy machine 30 ms can pass inside one frame.
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const slides = document.querySelectorAll('[data-deck] [data-slide]').length;
    for (let n = 1; n <= slides; n++) { location.hash = `#${n}`; await pause(); await twoFrames(); }
    if (slides > 0) location.hash = '#1';
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await pause(); }
    // On a busy machine a scroll step can pass inside one frame too: bring any island still waiting into view.
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await twoFrames();
    }
  });
  await hydrated(page);
  // Back to the top: axe's target-size rule counts targets half hidden under the sticky header at whatever scroll position it finds.
  await page.evaluate(() => scrollTo(0, 0));
}

/** Every rule axe has, best practices, AAA contrast and experimental rules included. */
const EVERY_RULE = Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, { enabled: true }]));

/** What axe finds on the page with every one of its rules, one line each: rule id and the offending nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: EVERY_RULE }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calculatorIds } from '../src/calculator-ids.ts';
import { OUT_DIR } from './support/built-site.ts';
import { calculatorChanges } from './support/calculator-changes.ts';
import { expect, test } from './support/fixtures.ts';
import { FIREFOX, launchFirefox, type Firefox } from './support/firefox-bidi.ts';
import { unzip } from './support/unzip.ts';

// The portable copy in Firefox ESR, from disk: reads, calculates, searches and presents with no console error and no
// failed request. One browser for the whole walk (it takes seconds), once, not per page.
test.describe('the portable copy in Firefox', { tag: '@root-only' }, () => {
  test('reads every chapter, computes every calculator, searches and presents, from disk', async () => {
    test.setTimeout(90_000);
    expect(existsSync(FIREFOX), `Firefox ESR at ${FIREFOX} (.ci/run installs Debian's firefox-esr)`).toBe(true);
    const into = path.join(mkdtempSync(path.join(tmpdir(), 'k8s-')), 'my guide (copy) é');
    unzip(readFileSync(`${OUT_DIR}-portable.zip`), into);
    const site = (rel: string) => pathToFileURL(path.join(into, 'k8s-or-die', rel)).href;
    const firefox = await launchFirefox();
    try {
      await firefox.navigate(site('index.html'));
      await clickAndWait(firefox, 'nav[aria-label="Main"] a[href$="guide/why-kubernetes/index.html"]');
      const titles = [await firefox.evaluate<string>('document.querySelector("h1").textContent')];
      while (await firefox.evaluate<boolean>('!!document.querySelector("a[rel=next]")')) {
        await clickAndWait(firefox, 'a[rel=next]');
        titles.push(await firefox.evaluate<string>('document.querySelector("h1").textContent'));
      }
      expect(titles).toHaveLength(8);

      for (const id of calculatorIds) {
        const { field, value, result } = calculatorChanges[id];
        await firefox.navigate(site(`calculators/${id}/index.html`));
        // A reader's pointer over the calculator hydrates it (client:intent).
        await firefox.evaluate('document.querySelectorAll("astro-island[ssr]").forEach((i) => i.firstElementChild.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })))');
        await until(firefox, '!document.querySelector("astro-island[ssr]")');
        const read = `document.querySelector('[data-calculator="${id}"] [data-result="${result}"]').dataset.value`;
        const before = await firefox.evaluate<string>(read);
        await firefox.evaluate(`(() => { const el = document.querySelector('[data-calculator="${id}"] [name="${field}"]');
          el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); })()`);
        await until(firefox, `${read} !== ${JSON.stringify(before)} && location.search.includes(${JSON.stringify(`${field}=`)})`);
      }

      await firefox.navigate(`${site('search/index.html')}?q=quorum`);
      await until(firefox, 'document.querySelectorAll("[data-local-results] a").length > 0');
      expect(await firefox.evaluate<string[]>('[...document.querySelectorAll("[data-local-results] a")].map((a) => a.textContent)')).toContain('Architecture 101');

      await firefox.navigate(site('talk/present/index.html'));
      await until(firefox, '!!document.querySelector("[data-slide][data-current]")');
      await firefox.evaluate('document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }))');
      await until(firefox, 'document.querySelector("[data-slide][data-current]").dataset.slide === "2"');

      expect(firefox.problems, 'console errors, page errors and failed requests in Firefox').toEqual([]);
    } finally {
      await firefox.close();
    }
  });
});

/** Waits until an expression is true in the page (pages may be between documents, so errors are retried). */
async function until(firefox: Firefox, expression: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await firefox.evaluate<boolean>(expression).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: still false after ${timeout} ms: ${expression}`);
}

/** Clicks a link as a reader would and waits for the page it opens. */
async function clickAndWait(firefox: Firefox, selector: string): Promise<void> {
  const from = await firefox.evaluate<string>(`(() => { document.querySelector(${JSON.stringify(selector)}).click(); return location.href; })()`);
  // The new document is in once the address has changed, it has loaded, and it has its heading.
  await until(firefox, `location.href !== ${JSON.stringify(from)} && document.readyState === "complete" && !!document.querySelector("h1")`);
}

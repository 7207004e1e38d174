import { expect, test } from './support/fixtures.ts';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('theme', () => {
  test('follows the operating system, live, on pages with and without the picker, until a theme is chosen', async ({ page }) => {
    const theme = page.locator('html');
    for (const route of ['talk/', 'talk/present/', 'embed/ha-cluster/']) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(route);
      await expect(theme, route).toHaveAttribute('data-theme', 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(theme, route).toHaveAttribute('data-theme', 'light');
    }
    // An embed's ?theme= is a choice: it holds when the system changes.
    await page.goto('embed/ha-cluster/?theme=dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(theme).toHaveAttribute('data-theme', 'dark');
  });

  test('a chosen theme is applied, remembered across pages, and can be reset to the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    const picker = page.getByRole('combobox', { name: 'Colour theme' });
    await picker.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('talk/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
    // The browser's bar follows the chosen theme, not the system's: the theme-color in force is the dark one.
    const bar = () => page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
      .find((meta) => matchMedia(meta.media).matches)?.content);
    expect(await bar()).toBe('#10141c');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(bar).toBe('#1d4ed8');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the stored theme is in place before the body is parsed (no flash)', { tag: '@root-only' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    // Record <html data-theme> at the moment <body> is inserted, i.e. before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('talk/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  });
});

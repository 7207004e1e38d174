import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

const advisor = (page: Page) => page.locator('[data-calculator="placement-advisor"]');
const result = (page: Page, key: string) => advisor(page).locator(`[data-result="${key}"]`);

// Each preset's verdict (the talk's cases, src/models/placement-advisor/advise.test.ts) reached from the URL.
const presets: Array<[string, string]> = [
  ['stateless-web', 'kubernetes'],
  ['distributed-db', 'kubernetes'],
  ['handcrafted-db', 'vm'],
  ['batch-gpu', 'kubernetes-with-care'],
  ['legacy-monolith', 'either'],
];

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('placement advisor', () => {
  for (const [preset, verdict] of presets) {
    test(`?preset=${preset} fills the questionnaire and recommends ${verdict}`, { tag: '@root-only' }, async ({ page }) => {
      await page.goto(`calculators/placement-advisor/?preset=${preset}`);
      await hydrated(page);
      await expect(result(page, 'recommendation')).toHaveAttribute('data-value', verdict);
      await expect(page.getByLabel('Start from an example')).toHaveValue(preset);
    });
  }

  test('the questionnaire drives the verdict, each reason links to its guide section, and what-ifs are offered', async ({ page }) => {
    await page.goto('calculators/placement-advisor/');
    await hydrated(page);
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes');
    await page.getByLabel('Start from an example').selectOption('handcrafted-db');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'vm');
    await expect(page.getByLabel('How it is operated today')).toHaveValue('handcrafted');
    await expect(page).toHaveURL(/preset=handcrafted-db/);
    const reason = advisor(page).locator('[data-reason="ops-handcrafted"]');
    await expect(reason).toContainText('fine to sit in a VM');
    await expect(reason.getByRole('link')).toHaveAttribute('href', /guide\/stateful-stateless\/#software-hand-crafted-on-virtual-machines$/);
    await expect(advisor(page).getByText(/If it kept no state of its own and it tolerated losing a machine/)).toBeVisible();

    await page.getByLabel('How it keeps its state').selectOption('replicated-by-design');
    await page.getByLabel('When it loses a machine').selectOption('keeps-serving');
    await page.getByLabel('How it is operated today').selectOption('automated');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes');
    await page.getByLabel('Your team\'s Kubernetes experience').selectOption('none');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes-with-care');
    await expect(advisor(page).locator('[data-reason="experience-none"]')).toContainText('handle first');
    await expect(page).toHaveURL(/state=replicated-by-design/);

    await reason.page().getByRole('link', { name: 'Read: Software built to lose machines' }).click();
    await expect(page).toHaveURL(/guide\/stateful-stateless\/#software-built-to-lose-machines$/);
  });

  test('explicit answers override the preset in the URL', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/placement-advisor/?preset=batch-gpu&hardware=none');
    await hydrated(page);
    await expect(page.getByLabel('Special hardware')).toHaveValue('none');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes');
  });

  test('a bad value is a field error, kept in the URL, and the result is marked stale', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/placement-advisor/?preset=bogus&state=stateless');
    await hydrated(page);
    const state = page.getByLabel('How it keeps its state');
    await expect(state).toHaveAttribute('aria-invalid', 'true');
    await expect(state).toHaveAccessibleDescription(/Choose one of/);
    await expect(page.getByLabel('Start from an example')).toHaveAttribute('aria-invalid', 'true');
    await expect(advisor(page)).toHaveAttribute('data-stale', 'true');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes');
    await state.selectOption('single-primary');
    await expect(page).toHaveURL(/state=single-primary/);
    await expect(page).toHaveURL(/preset=bogus/);
    await page.getByLabel('Start from an example').selectOption('custom');
    await expect(advisor(page)).toHaveAttribute('data-stale', 'false');
  });

  test('the stateful chapter embeds the advisor and lists it under "Where next"', async ({ page }) => {
    await page.goto('guide/stateful-stateless/');
    await expect(advisor(page)).toBeAttached();
    await expect(page.getByRole('link', { name: 'Placement advisor' })).toHaveAttribute('href', /calculators\/placement-advisor\/$/);
  });

  test('without JavaScript the page shows the default worked example', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('calculators/placement-advisor/');
    await expect(result(page, 'recommendation')).toHaveAttribute('data-value', 'kubernetes');
    await expect(page.getByText('This calculator needs JavaScript')).toBeVisible();
    await context.close();
  });
});

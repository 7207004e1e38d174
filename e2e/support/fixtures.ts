import { test as base, expect } from '@playwright/test';

interface GuardOptions {
  /** Console errors a test expects (the browser logs the 404 of a missing page, for example). */
  expectedConsoleErrors: RegExp[];
  /** Origins besides the site's that a test serves itself on this machine (a fixture blog that embeds a calculator). */
  fixtureOrigins: string[];
}

/**
 * Every test runs with these guards: a request to any origin but the local server is aborted and fails the test,
 * as does any console error (CSP violations are reported there) or uncaught page error.
 */
export const test = base.extend<GuardOptions & { guard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  fixtureOrigins: [[], { option: true }],
  guard: [async ({ page, baseURL, expectedConsoleErrors, fixtureOrigins }, use) => {
    const allowed = [new URL(baseURL!).origin, ...fixtureOrigins];
    const problems: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (allowed.some((origin) => url.startsWith(`${origin}/`)) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      problems.push(`request to another origin: ${url}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text()))) problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await use();
    expect(problems, 'no remote requests, console errors or page errors').toEqual([]);
  }, { auto: true }],
});

export { expect };

// Makes sure Playwright has a Chromium: the system one (CHROME_PATH or /usr/bin/chromium) when present,
// otherwise Playwright's own build, downloaded once by `playwright install chromium`.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const system = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(system)) process.exit(0);
console.log(`No Chromium at ${system}; installing Playwright's own Chromium.`);
execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });

import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, builtRoutes, htmlFiles } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';

// Every built page, 404 included, against html-validate's `standard` preset (.htmlvalidate.json): zero errors.
// One test over the whole build: it reads files, so it is quick, and one list of problems says everything at once.
test('every built page is valid HTML (html-validate, standard preset)', async () => {
  const files = htmlFiles(OUT_DIR);
  expect(files.length, 'every page and the 404 page').toBe(builtRoutes().length + 1);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${path.relative(OUT_DIR, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

// Commands and identifiers are copied into terminals: the prose's typography (curly quotes, en and em dashes from
// "--") must not reach inside <code> or <pre>, where `--leader-elect` once came out as "–leader-elect".
test('code in the built pages keeps plain quotes and dashes', async () => {
  const found: string[] = [];
  for (const file of htmlFiles(OUT_DIR)) {
    for (const [code] of readFileSync(file, 'utf8').matchAll(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g)) {
      if (/[‘’“”–—]/.test(code.replace(/<[^>]+>/g, ''))) found.push(`${path.relative(OUT_DIR, file)}: ${code.slice(0, 80)}`);
    }
  }
  expect(found).toEqual([]);
});

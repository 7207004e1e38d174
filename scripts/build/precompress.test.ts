import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from './precompress.ts';

function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  mkdirSync(path.join(dir, '_astro'));
  mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>x</title>${'<p>Kubernetes or die. '.repeat(200)}`);
  writeFileSync(path.join(dir, '_astro/app.Ab12.js'), 'export const answer = 42;\n'.repeat(100));
  writeFileSync(path.join(dir, 'tiny.json'), '{}');
  writeFileSync(path.join(dir, 'favicon.png'), Buffer.alloc(2000));
  writeFileSync(path.join(dir, 'pagefind/fragment/en_1.pf_fragment'), Buffer.alloc(2000));
  utimesSync(path.join(dir, 'index.html'), new Date('2020-01-02'), new Date('2020-01-02'));
  return dir;
}

test('precompress: every compressible file gets a .gz and a .br that decode to the same bytes', () => {
  const dir = fixture();
  try {
    const report = precompress(dir);
    for (const rel of ['index.html', '_astro/app.Ab12.js']) {
      const original = readFileSync(path.join(dir, rel));
      assert.deepEqual(gunzipSync(readFileSync(path.join(dir, `${rel}.gz`))), original, `${rel}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(path.join(dir, `${rel}.br`))), original, `${rel}.br`);
    }
    assert.equal(report.gzip, 2);
    assert.equal(report.brotli, 2);
  } finally { rmSync(dir, { recursive: true }); }
});

test('precompress: both copies or neither: none where one would not be smaller, none for images or Pagefind files (gzip already)', () => {
  const dir = fixture();
  try {
    // A 121-byte chunk Vite wrote: Brotli (with its built-in dictionary) makes it smaller, gzip's header makes it larger.
    writeFileSync(path.join(dir, 'small.js'), 'var e=`k8s-or-die:params-changed`,t=()=>window.dispatchEvent(new Event(e)),n=t=>window.addEventListener(e,t);export{n,t};');
    precompress(dir);
    for (const rel of ['tiny.json', 'small.js', 'favicon.png', 'pagefind/fragment/en_1.pf_fragment']) {
      assert.equal(existsSync(path.join(dir, `${rel}.gz`)), false, `${rel}.gz`);
      assert.equal(existsSync(path.join(dir, `${rel}.br`)), false, `${rel}.br`);
    }
  } finally { rmSync(dir, { recursive: true }); }
});

test('precompress: variants carry the original modification time (one Last-Modified for every encoding)', () => {
  const dir = fixture();
  try {
    precompress(dir);
    const mtime = statSync(path.join(dir, 'index.html')).mtimeMs;
    assert.equal(statSync(path.join(dir, 'index.html.gz')).mtimeMs, mtime);
    assert.equal(statSync(path.join(dir, 'index.html.br')).mtimeMs, mtime);
  } finally { rmSync(dir, { recursive: true }); }
});

test('precompress: running it twice compresses the originals only, never a variant', () => {
  const dir = fixture();
  try {
    const first = precompress(dir);
    const second = precompress(dir);
    assert.deepEqual(second, first);
    assert.equal(existsSync(path.join(dir, 'index.html.gz.gz')), false);
  } finally { rmSync(dir, { recursive: true }); }
});

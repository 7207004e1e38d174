import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEPLOY_DIR, localWrapper } from './start-nginx.ts';

const template = readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
const values = { port: 4399, root: '/srv/site', base: '/k8s-or-die/', deployDir: '/repo/deploy' };

test('localWrapper: deploy/nginx.conf with the port, root and base set and the shared snippet included by absolute path', () => {
  const out = localWrapper(template, values);
  assert.match(out, /^\s*listen 127\.0\.0\.1:4399;/m);
  assert.match(out, /^\s*root \/srv\/site;/m);
  assert.match(out, /^\s*set \$k8s_base \/k8s-or-die\/;/m);
  assert.match(out, /^\s*include \/repo\/deploy\/nginx\/k8s-or-die\.conf;/m);
  assert.doesNotMatch(out, /listen 127\.0\.0\.1:8080|root dist;/);
});

test('localWrapper: everything else in the wrapper is kept as written', () => {
  const out = localWrapper(template, values);
  const unchanged = (text: string) => text.split('\n').filter((line) => !/k8s-or-die: |include /.test(line));
  assert.deepEqual(unchanged(out), unchanged(template));
});

test('localWrapper: a wrapper without a marked line fails, naming the marker', () => {
  assert.throws(() => localWrapper(template.replace('# k8s-or-die: root', ''), values), /k8s-or-die: root/);
  assert.throws(() => localWrapper(template.replace('include nginx/k8s-or-die.conf;', ''), values), /does not include/);
});

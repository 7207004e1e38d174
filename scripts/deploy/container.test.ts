/**
 * deploy/Dockerfile cannot be built here (no container engine, no registry), so this checks what can be read: the
 * build stage runs the README's build commands, and the final stage is Debian's nginx with the Brotli module, the same
 * server snippet as every other host, a user that is not root, and the build where the wrapper's root points. The
 * wrapper itself, with the Dockerfile's base-path edit applied, must pass `nginx -t` with the shared snippet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEPLOY_DIR, checkBrotliModule, findNginx } from '../nginx/start-nginx.ts';
import { containerDirective, containerPort, dockerfileStages, readDeploy, type Stage } from './container-files.ts';

const stages = dockerfileStages(readDeploy('Dockerfile'));
const build = stages.slice(0, -1);
const final = stages.at(-1)!;
const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
const packageJson = JSON.parse(readFileSync(path.join(DEPLOY_DIR, '../package.json'), 'utf8'));

test('Dockerfile: a multi-stage build whose build stage runs the commands `npm start` builds with (npm ci, npm run build)', () => {
  assert.ok(stages.length >= 2, 'multi-stage');
  assert.ok(build.every((s) => /bookworm|debian/.test(s.from)), 'Debian-based build stages');
  const buildCommands = (packageJson.scripts.start as string).split('&&').map((c) => c.trim()).filter((c) => !/preview/.test(c));
  assert.deepEqual(buildCommands.map((c) => c.split(' ').slice(0, 3).join(' ')), ['npm ci --no-audit', 'npm run build']);
  for (const command of buildCommands) {
    assert.ok(build.some((s) => runs(s).some((r) => r.includes(command))), `a build stage runs "${command}"`);
  }
  const copies = build.flatMap((s) => s.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args));
  assert.ok(copies.some((c) => /^\. \.$/.test(c)), 'the build stage copies the checkout (.dockerignore keeps it clean)');
  const ignored = readFileSync(path.join(DEPLOY_DIR, '../.dockerignore'), 'utf8').split('\n');
  for (const generated of ['node_modules', 'dist', '.git']) assert.ok(ignored.includes(generated), `.dockerignore leaves out ${generated}`);
});

test("Dockerfile: the final stage is Debian's nginx with the Brotli module, the shared snippet, the build at the wrapper's root, and no root user", () => {
  assert.match(final.from, /^debian:/, 'Debian-based, so libnginx-mod-http-brotli-static is there');
  assert.ok(runs(final).some((r) => /apt-get install .*\bnginx\b/.test(r) && /libnginx-mod-http-brotli-static/.test(r)), 'installs nginx and the Brotli module');
  const copies = final.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args.split(' '));
  const destOf = (source: string) => copies.find((c) => c.at(-2) === source)?.at(-1);
  assert.equal(destOf('deploy/nginx/container.conf'), '/etc/nginx/nginx.conf', 'the container wrapper is nginx.conf');
  const snippet = destOf('deploy/nginx/k8s-or-die.conf');
  assert.equal(snippet, '/etc/nginx/k8s-or-die.conf', 'the shared snippet sits beside it');
  assert.equal(containerDirective('include'), path.basename(snippet!), 'the wrapper includes the snippet (relative to /etc/nginx)');

  const fromBuild = copies.find((c) => c[0].startsWith('--from='));
  assert.ok(fromBuild, 'the final stage copies from the build stage');
  const buildStage = build.find((s) => `--from=${s.name}` === fromBuild[0]);
  const workdir = buildStage?.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1)?.args;
  assert.equal(fromBuild.at(-2), `${workdir}/dist`, 'it copies the build output');
  assert.equal(fromBuild.at(-1)!.replace('${BASE_PATH}', '/'), `${containerDirective('root')}/`, "into the wrapper's root, under the base path");

  const user = final.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args ?? 'root';
  assert.match(user, /^[1-9]\d*(:\d+)?$/, 'a numeric user that is not root (Kubernetes checks runAsNonRoot by number)');
  const exposed = final.instructions.find((i) => i.keyword === 'EXPOSE')?.args;
  assert.equal(Number(exposed), containerPort(), 'EXPOSE is the port nginx listens on');
  assert.ok(containerPort() > 1024, 'an unprivileged port');
  const cmd = final.instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '';
  assert.match(cmd, /"nginx".*"daemon off;"/, 'nginx in the foreground');
});

test("container wrapper: passes nginx -t with the shared snippet, at the root and with the Dockerfile's base-path edit", () => {
  const nginx = findNginx();
  checkBrotliModule();
  const baseEdit = runs(final).find((r) => r.includes('k8s-or-die: base'));
  assert.ok(baseEdit, 'the Dockerfile writes BASE_PATH into the wrapper');
  const dir = mkdtempSync(path.join(tmpdir(), 'k8s-or-die-container-'));
  try {
    copyFileSync(path.join(DEPLOY_DIR, 'nginx/k8s-or-die.conf'), path.join(dir, 'k8s-or-die.conf'));
    for (const base of ['/', '/k8s-or-die/']) {
      const conf = path.join(dir, 'nginx.conf');
      writeFileSync(conf, readDeploy('nginx/container.conf'));
      execFileSync('sh', ['-c', baseEdit.replaceAll('/etc/nginx/nginx.conf', conf)], { env: { ...process.env, BASE_PATH: base } });
      assert.match(readFileSync(conf, 'utf8'), new RegExp(`^\\s*set \\$k8s_base ${base};$`, 'm'), `base ${base} written`);
      // The access log is /dev/stdout: a pipe in a container, a file here (nginx cannot open a socket by that name).
      const stdout = openSync(path.join(dir, 'stdout'), 'w');
      const result = spawnSync(nginx, ['-t', '-q', '-p', `${dir}/`, '-e', 'stderr', '-c', conf], { encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'] });
      closeSync(stdout);
      assert.equal(result.status, 0, `nginx -t, base ${base}:\n${result.stderr}`);
    }
    const bad = spawnSync('sh', ['-c', baseEdit.replaceAll('/etc/nginx/nginx.conf', path.join(dir, 'nginx.conf'))], { env: { ...process.env, BASE_PATH: 'k8s-or-die' } });
    assert.notEqual(bad.status, 0, 'a BASE_PATH without its slashes stops the image build');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

/** Reads the container's files for the tests: the Dockerfile's stages and instructions, and the wrapper's values. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEPLOY_DIR } from '../nginx/start-nginx.ts';

export interface Instruction { keyword: string; args: string }
export interface Stage { from: string; name?: string; instructions: Instruction[] }

/** The Dockerfile's build stages in order, each with its instructions (continuation lines joined, comments dropped). */
export function dockerfileStages(text: string): Stage[] {
  const logical = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!keyword) throw new Error(`Dockerfile line without arguments: ${line}`);
    if (keyword.toUpperCase() === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`Dockerfile instruction before FROM: ${line}`);
      stages.at(-1)!.instructions.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') });
    }
  }
  return stages;
}

export const readDeploy = (rel: string) => readFileSync(path.join(DEPLOY_DIR, rel), 'utf8');

/** A directive's value in deploy/nginx/container.conf ("root" -> "/srv/k8s-or-die"). */
export function containerDirective(name: string): string {
  const match = new RegExp(`^\\s*${name}\\s+([^;]+);`, 'm').exec(readDeploy('nginx/container.conf'));
  if (!match) throw new Error(`deploy/nginx/container.conf has no ${name} directive`);
  return match[1].trim();
}

/** The port nginx listens on in the container. */
export const containerPort = () => Number(/(\d+)$/.exec(containerDirective('listen'))![1]);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { exportFormats } from './formats.ts';
import { EXPORT_NOTES } from './notes.ts';
import { TARGETS } from './targets.ts';

// The notes beside the exports cite real sources and facts, and the versions the exports target are the tools'
// newest releases: when content/data/facts.yaml moves a tool on, this fails and names the export to review.

const data = (name: string) => parse(readFileSync(path.resolve(import.meta.dirname, '../../../../content/data', name), 'utf8')) as Record<string, { value: string }>;
const sources = data('sources.yaml');
const facts = data('facts.yaml');

test('EXPORT_NOTES: every format has a note whose sources and facts exist, and says what a converged plan becomes', () => {
  assert.deepEqual(Object.keys(EXPORT_NOTES), [...exportFormats]);
  for (const [format, note] of Object.entries(EXPORT_NOTES)) {
    assert.ok(note.sources.length >= 3, `${format}: cites the references for the fields it sets`);
    for (const id of note.sources) assert.ok(sources[id], `${format}: source ${id} is in content/data/sources.yaml`);
    for (const { fact } of note.latest) assert.ok(facts[fact], `${format}: fact ${fact} is in content/data/facts.yaml`);
    assert.match(note.topology.converged, /^Converged: /);
    assert.match(note.fill, /\.$/);
  }
});

/** The minor release of a version ("v2.31.0" -> "v2.31"). */
const minor = (version: string) => version.split('.').slice(0, 2).join('.');

test('TARGETS: the exports target the newest releases that content/data/facts.yaml records', () => {
  const review = (tool: string, target: string, fact: string) =>
    assert.equal(target, minor(facts[fact].value), `${tool}'s newest release is ${facts[fact].value}; review the ${tool} export (and its golden files), then move TARGETS on`);
  review('Kubespray', TARGETS.kubesprayRelease, 'kubespray-latest');
  review('Cluster API', TARGETS.clusterApiRelease, 'cluster-api-latest');
  review('CAPO', TARGETS.capoRelease, 'capo-latest');
});

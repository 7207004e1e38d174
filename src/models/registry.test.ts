import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { calculatorIds } from '../calculator-ids.ts';
import { arbitrariesOf } from './arbitraries.ts';
import { models } from './registry.ts';

test('registry: one model per calculator id, plus the tools directory, ids unique', () => {
  assert.deepEqual(models.map((m) => m.id).sort(), [...calculatorIds, 'tools'].sort());
});

for (const model of models) {
  test(`${model.id}: no parameters give the defaults, which are valid`, () => {
    const parsed = model.parse({});
    assert.deepEqual(parsed.errors, {});
    assert.ok(parsed.input);
    model.compute(parsed.input);
  });

  test(`${model.id}: every preset names known fields, and parses without errors`, () => {
    for (const preset of model.presets) {
      for (const key of Object.keys(preset.values)) assert.ok(key in model.fields, `${preset.id}: ${key}`);
      assert.deepEqual(model.parse({ ...preset.values } as Record<string, string>).errors, {}, preset.id);
    }
  });

  test(`${model.id}: parse and compute never throw, whatever the parameters; invalid input always says why (property)`, () => {
    fc.assert(fc.property(arbitrariesOf(model).any, (params) => {
      const parsed = model.parse(params as Record<string, string>);
      if (parsed.input) model.compute(parsed.input);
      else assert.ok(Object.keys(parsed.errors).length > 0);
      for (const key of Object.keys(model.fields)) assert.equal(typeof parsed.raw[key], 'string', `raw text kept for ${key}`);
    }), { numRuns: 200 });
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { commented, isPlain, toYaml, type Yaml, type YamlMap } from './yaml.ts';

// The exports' YAML writer, read back with the yaml package (YAML 1.2) and, for the words YAML 1.1 parsers such as
// Ansible's and Juju's read differently, checked to be quoted.

const roundTrip = (body: YamlMap) => parse(toYaml([{ body }]));

test('toYaml: block style, keys in order, lists at their key\'s indent, empty collections inline', () => {
  const text = toYaml([{ comments: ['a file', ''], body: { b: 1, a: { list: ['x', { name: 'm', value: 'v' }], none: [], empty: {} }, host: null } }]);
  assert.equal(text, [
    '# a file', '#',
    'b: 1', 'a:', '  list:', '  - x', '  - name: m', '    value: v', '  none: []', '  empty: {}', 'host:', '',
  ].join('\n'));
});

test('toYaml: comments after keys, list items and whole blocks; documents separated by ---', () => {
  const text = toYaml([
    { body: { port: commented(6443, 'the API'), block: commented({ k: 'v' }, 'a block'), items: [commented('a', 'first')] } },
    { comments: ['second'], body: { kind: 'Two' } },
  ]);
  assert.equal(text, 'port: 6443 # the API\nblock: # a block\n  k: v\nitems:\n- a # first\n---\n# second\nkind: Two\n');
  assert.deepEqual(parseAllDocuments(text).map((d) => d.toJS()), [{ port: 6443, block: { k: 'v' }, items: ['a'] }, { kind: 'Two' }]);
  assert.throws(() => toYaml([{ body: { a: commented(1, 'two\nlines') } }]), /one line/);
});

test('toYaml: text with line breaks as a literal block, and lists of scalars on one line', () => {
  const text = toYaml([{ body: { content: '{\n  "a": 1\n}\n', relations: [['k8s', 'k8s-worker:cluster']] } }]);
  assert.equal(text, 'content: |\n  {\n    "a": 1\n  }\nrelations:\n- [k8s, k8s-worker:cluster]\n');
  assert.deepEqual(parse(text), { content: '{\n  "a": 1\n}\n', relations: [['k8s', 'k8s-worker:cluster']] });
});

test('isPlain: quotes what YAML 1.1 or 1.2 would read as something else', () => {
  for (const s of ['80m', '0', '10%', 'yes', 'No', 'on', 'null', '~', '.inf', '.NaN', '-1', '.5', '0644', '1:30', '<<', 'a: b', 'a #b', '', ' a', 'a ', '@x', '%x', '*x', '&x', '!x', '|', '>', '"q"', "'q'", 'a\nb', '{x}', '[x]'])
    assert.equal(isPlain(s), false, JSON.stringify(s));
  for (const s of ['kubeadm.k8s.io/v1beta4', '<ZONE_1>', '<LOAD_BALANCER_ADDRESS>:6443', 'topology.kubernetes.io/zone=<ZONE_1>', 'worker-[1:118:3]', 'cores=4 mem=16G zones=<ZONE_1>,<ZONE_2>', 'ubuntu@24.04'])
    assert.equal(isPlain(s), true, s);
});

const key = fc.string({ minLength: 1, maxLength: 12 });
const scalar: fc.Arbitrary<Yaml> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('yes', 'off', '0x1F', '1e3', '012', '- a', '? b', 'a: b', '#c', 'x #y', '100Mi', '<ZONE_1>', 'memory.available<100Mi',
    'two\nlines', 'ends\n', ' leading\nspace', 'trailing \nspace', 'blank\n\n', '{\n  "json": 1\n}\n'),
  fc.integer(), fc.boolean(), fc.constant(null),
);
// Lists inside lists hold scalars only (the writer puts them on one line, as Juju's relations are written).
const tree = fc.letrec<{ value: Yaml; map: YamlMap; list: Yaml[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  list: fc.array(fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 3 }), tie('map')), { maxLength: 4 }),
}));

test('toYaml: any value written reads back as the same value (property)', () => {
  fc.assert(fc.property(tree.map, (body) => {
    // The writer leaves null out after a key (Ansible's "host:"), which reads back as null too.
    assert.deepEqual(roundTrip(body) ?? {}, JSON.parse(JSON.stringify(body)));
  }), { numRuns: 400 });
});

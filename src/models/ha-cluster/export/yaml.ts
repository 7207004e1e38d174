/**
 * A small YAML writer for the exports: block style, keys in the order given, strings quoted only where a plain
 * scalar could be read as something else, and comments after a key or a list item. Deterministic: the same value
 * always gives the same text. The exports need nothing more, so the site ships no YAML library to the browser.
 */

/** A value the writer knows: scalars, lists, maps (insertion order kept) and a value carrying a comment. */
export type Yaml = string | number | boolean | null | readonly Yaml[] | YamlMap | Commented;
export interface YamlMap { readonly [key: string]: Yaml }

const NOTE: unique symbol = Symbol('comment');
export interface Commented { readonly [NOTE]: string; readonly value: Yaml }

/** `value`, written with `# comment` after its key or dash. */
export const commented = (value: Yaml, comment: string): Commented => ({ [NOTE]: comment, value });

const isCommented = (v: Yaml): v is Commented => typeof v === 'object' && v !== null && NOTE in v;
function unwrap(v: Yaml): [Yaml, string] {
  if (!isCommented(v)) return [v, ''];
  if (v[NOTE].includes('\n')) throw new Error('a comment is one line');
  return [v.value, ` # ${v[NOTE]}`];
}
const isList = (v: Yaml): v is readonly Yaml[] => Array.isArray(v);
const isMap = (v: Yaml): v is YamlMap => typeof v === 'object' && v !== null && !isList(v) && !isCommented(v);

/** Words YAML 1.1 or 1.2 reads as booleans, null or floats (Ansible's and Juju's parsers still speak 1.1). */
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|\.inf|\.nan)$/i;
/**
 * Characters a plain scalar may hold here: it starts with a letter, _, <, . or /, and holds no quote, #, &, *, !,
 * |, backslash, braces or backtick anywhere; everything else gets quotes.
 */
const PLAIN = /^[A-Za-z_<.\/][A-Za-z0-9_<>.\/=,:+\-\[\] @%]*$/;

/** Whether a string can be written without quotes and read back as the same string. */
export function isPlain(s: string): boolean {
  return PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !/: |:$/.test(s) && !/^\.\d/.test(s) && !s.startsWith('<<');
}

/** JSON's double-quoted string, with the characters YAML does not allow raw escaped too. */
const quoted = (s: string) => JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A scalar as YAML text: JSON's double-quoted strings are valid YAML ones. */
export function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as YAML`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  return isPlain(v) ? v : quoted(v);
}

/** Whether text with line breaks reads back unchanged from a block literal (|): no blank ends, tabs or control characters. */
const literalSafe = (text: string) => !/^\s|[ \t]\n|[ \t]$|\n\n$|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text);

/** The lines of a block literal, for text with line breaks such as a file's content. */
function literal(text: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n').map((l) => (l === '' ? '' : pad + l));
}

/** The text after `key:` or `-` for a value, and the lines below it. */
function entry(value: Yaml, indent: number, inList: boolean): { head: string; body: string[] } {
  const [v, comment] = unwrap(value);
  if (isMap(v) && Object.keys(v).length > 0) return { head: comment, body: mapLines(v, indent + 2) };
  if (isList(v) && v.length > 0) return { head: comment, body: listLines(v, inList ? indent + 2 : indent) };
  if (isMap(v)) return { head: ` {}${comment}`, body: [] };
  if (isList(v)) return { head: ` []${comment}`, body: [] };
  if (typeof v === 'string' && v.includes('\n') && literalSafe(v)) return { head: ` ${v.endsWith('\n') ? '|' : '|-'}${comment}`, body: literal(v, indent + 2) };
  // A map entry with no value reads best empty (Ansible's "host:"); elsewhere null is spelt out.
  if (v === null && !inList) return { head: comment, body: [] };
  return { head: ` ${scalar(v as string | number | boolean | null)}${comment}`, body: [] };
}

function mapLines(map: YamlMap, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return Object.entries(map).flatMap(([key, value]) => {
    const { head, body } = entry(value, indent, false);
    return [`${pad}${scalar(key)}:${head}`, ...body];
  });
}

// Lists sit at their key's indent ("key:\n- item"), as kubeadm's and Kubernetes' own examples write them.
function listLines(list: readonly Yaml[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return list.flatMap((item) => {
    const [v, comment] = unwrap(item);
    if (isMap(v) && Object.keys(v).length > 0) {
      const [first, ...rest] = mapLines(v, indent + 2);
      return [`${pad}- ${first.trimStart()}${comment}`, ...rest];
    }
    if (isList(v) && v.length > 0) return [`${pad}- ${flow(v)}${comment}`];
    const { head, body } = entry(item, indent, true);
    return [`${pad}-${head}`, ...body];
  });
}

/** A list of scalars on one line, as Juju bundles write relations: [k8s, k8s-worker:cluster]. */
function flow(list: readonly Yaml[]): string {
  return `[${list.map((item) => {
    if (typeof item === 'object' && item !== null) throw new Error('a list inside a list holds scalars only');
    return typeof item === 'string' && /[,\[\]{} ]/.test(item) ? quoted(item) : scalar(item);
  }).join(', ')}]`;
}

/** One document: comment lines first (each written "# line"), then the value. */
export interface YamlDocument { comments?: readonly string[]; body: YamlMap }

/** Documents as one text, separated by "---", ending with a line break. */
export function toYaml(docs: readonly YamlDocument[]): string {
  return docs.map(({ comments = [], body }) => [
    ...comments.map((c) => (c === '' ? '#' : `# ${c}`)),
    ...mapLines(body, 0),
  ].join('\n')).join('\n---\n') + '\n';
}

import fc from 'fast-check';
import type { FuzzOperation, JsonSchema } from './openapi-operations';

/**
 * Hostile inputs as raw JSON text, so that what goes on the wire is exactly what we mean: `__proto__`
 * keys (JSON.stringify would drop them), nesting deeper than any parser should recurse, numbers
 * beyond a double, NUL and lone surrogates (JSON escapes them as \u0000 and \ud800).
 */
const deep = (n: number, open: string, close: string) => `${open.repeat(n)}1${close.repeat(n)}`;
const s = (v: string) => JSON.stringify(v);

const hostileStringValue = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udfff',
  '\ud83d',
  'a'.repeat(100_000),
  '道'.repeat(20_000),
  '',
  ' ',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
  '\u202e\u0301',
  '🚧'.repeat(1000),
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
  'true',
  'null',
  '[object Object]',
);

// Within the body's depth limit, so an ingest item can carry them without failing the batch.
const shallowHostileJson: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileStringValue.map(s), weight: 4 },
  fc.constantFrom(
    '1e16',
    '1e308',
    '1e309',
    '-1e309',
    '-0',
    '0',
    '-1',
    '1.5',
    '9007199254740993',
    '123456789012345678901234567890',
    '1e-400',
    '10000000000000000.5',
  ),
  fc.constantFrom('null', 'true', 'false', '[]', '{}', '[null]', '[1,"a",null,{}]', '{"a":{"b":{"c":null}}}'),
  fc.constantFrom('{"__proto__":{"role":"admin","isAdmin":true}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"__proto__":null}'),
  fc.array(hostileStringValue.map(s), { maxLength: 5 }).map((a) => `[${a.join(',')}]`),
  fc.string({ unit: 'binary', maxLength: 40 }).map(s),
);

const deepJson = fc.constantFrom(
  deep(28, '[', ']'),
  deep(33, '[', ']'),
  deep(40, '{"a":', '}'),
  deep(1500, '[', ']'),
  deep(1500, '{"a":', '}'),
);

const hostileJson = fc.oneof({ arbitrary: shallowHostileJson, weight: 3 }, { arbitrary: deepJson, weight: 1 });

/** A value that fits the property's schema, from its example or its type. */
function plausible(schema: JsonSchema | undefined): string {
  if (!schema) return '"x"';
  if (schema.example !== undefined) return JSON.stringify(schema.example);
  if (schema.enum?.length) return JSON.stringify(schema.enum[0]);
  switch (schema.type) {
    case 'number':
    case 'integer':
      return '1';
    case 'boolean':
      return 'true';
    case 'array':
      return `[${plausible(schema.items)}]`;
    case 'object':
      return '{}';
    default:
      return '"x"';
  }
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'unknownField', '\u0000', 'x\ud800'];

/** A JSON body text for the schema: mostly its own fields, some of them hostile; sometimes all hostile. */
export function hostileBody(schema: JsonSchema | undefined): fc.Arbitrary<string> {
  const props = Object.entries(schema?.properties ?? {});
  const field = ([name, p]: [string, JsonSchema]) =>
    fc
      .oneof(
        { arbitrary: fc.constant(plausible(p)), weight: 7 },
        { arbitrary: hostileJson, weight: 3 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      )
      .map((v) => (v === undefined ? null : `${s(name)}:${v}`));
  const extra = fc.option(
    fc.tuple(fc.constantFrom(...PROTO_KEYS), hostileJson).map(([k, v]) => `${s(k)}:${v}`),
    { freq: 3 },
  );
  const object = fc.tuple(fc.tuple(...props.map(field)), extra).map(([fields, x]) => `{${[...fields, x].filter(Boolean).join(',')}}`);
  return fc.oneof({ arbitrary: props.length ? object : fc.constant('{}'), weight: 8 }, { arbitrary: hostileJson, weight: 2 });
}

/** Raw (already percent-encoded) path segments: real ids when we have them, and junk. */
export function hostileId(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid(), weight: 3 },
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '%00',
        'a%00b',
        '%ED%A0%80',
        '%C0%AF',
        '%FF',
        '%',
        '%zz',
        'x'.repeat(5000),
        '..%2F..%2Fetc',
        '1e400',
        '-1',
        '0',
        '00000000-0000-0000-0000-000000000000',
        'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
        '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6x',
        '%F0%9F%9A%A7',
        '500103',
        '999999',
        encodeURIComponent("' OR 1=1 --"),
        '__proto__',
        'constructor',
      ),
      weight: 3,
    },
  );
}

/** Raw query values: numbers out of range, wrong types, NUL, broken percent-encoding, repeats. */
const hostileQueryValue = fc.constantFrom(
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ED%B0%80',
  '%',
  '%zz',
  'x'.repeat(10_000),
  '1e400',
  '-1',
  '0',
  '99999999999999999999',
  '1.5',
  'NaN',
  'true',
  'yes',
  '',
  '2026-02-30',
  '9999-99-99',
  'not-a-cursor',
  'eyJfX3Byb3RvX18iOnt9fQ',
  encodeURIComponent('道路'),
  '__proto__',
);

export function hostileQuery(op: FuzzOperation): fc.Arbitrary<string> {
  const param = ({ name, schema }: { name: string; schema: JsonSchema }) =>
    fc.oneof(
      { arbitrary: fc.constant(''), weight: 3 },
      {
        arbitrary: fc.constant(
          schema.example !== undefined
            ? `${name}=${encodeURIComponent(typeof schema.example === 'string' ? schema.example : JSON.stringify(schema.example))}`
            : '',
        ),
        weight: 2,
      },
      { arbitrary: hostileQueryValue.map((v) => `${name}=${v}`), weight: 4 },
      { arbitrary: fc.tuple(hostileQueryValue, hostileQueryValue).map(([a, b]) => `${name}=${a}&${name}=${b}`), weight: 1 },
    );
  const extra = fc.option(fc.constantFrom('__proto__[x]=1', 'unknown=1', 'a[b][c]=1', '%00=1'), { freq: 5 });
  return fc.tuple(fc.tuple(...op.query.map(param)), extra).map(([parts, x]) => [...parts, x].filter(Boolean).join('&'));
}

/** Bulletins a source might really send, each unique (the property checks they are all stored). */
export function validItem(tag: string): fc.Arbitrary<Record<string, unknown>> {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => t.trim().length > 0 && !t.includes('\u0000'));
  return fc
    .record({
      n: fc.nat(),
      title: text,
      body: fc.option(text, { nil: undefined }),
      budgetYuan: fc.option(fc.double({ min: 0, max: 9_999_999_999_999, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
      regionText: fc.option(fc.constantFrom('重庆-渝中-', '广东深圳南山', '北京市朝阳区'), { nil: undefined }),
      publishedAt: fc.option(fc.constantFrom('2026-03-05', '2026-03-05T08:00:00+08:00'), { nil: undefined }),
    })
    .map(({ n, ...item }) => {
      const clean = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
      return { ...clean, sourceId: `${tag}-${n}-${Math.random().toString(36).slice(2, 10)}`, title: `${item.title}工程招标公告` };
    });
}

const ITEM_FIELDS = [
  'sourceId',
  'title',
  'body',
  'bodyHtml',
  'regionText',
  'buyer',
  'agency',
  'projectCode',
  'budgetYuan',
  'publishedAt',
  'deadlineAt',
  'regionCode',
  'url',
  'category',
  '__proto__',
];

/** An item a careless or hostile source sends: a valid one with one field gone bad, or junk. */
export const hostileItemJson: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ITEM_FIELDS), shallowHostileJson, fc.nat())
    .map(([k, v, n]) => `{"sourceId":"bad-${n}","title":"坏的公告",${s(k)}:${v}}`),
  shallowHostileJson,
);

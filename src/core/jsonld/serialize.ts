/**
 * The one serializer for every JSON-LD block the library emits.
 *
 * It never calls `JSON.stringify` on an object (that would run a `toJSON`
 * found on the value or on a polluted `Object.prototype`, and getters). A small
 * recursive writer reads only own, enumerable data properties of arrays and
 * plain objects, then escapes the characters that could end or confuse an
 * HTML `<script>` element.
 */
import type { Graph, IdReference, JsonLdObject } from 'schema-dts';
import { productGraphKey } from '../model.js';

/** A plain JSON object as the serializer accepts it. */
export interface JsonLdRecord {
  readonly [key: string]: JsonLdValue | undefined;
}

/**
 * What the serializer writes: text, finite numbers, booleans, arrays and
 * plain objects, including the schema-dts nodes the builders return.
 * Anything else met at run time is skipped (see {@link serializeJsonLd}).
 */
export type JsonLdValue =
  | string
  | number
  | boolean
  | readonly JsonLdValue[]
  | JsonLdRecord
  | JsonLdObject
  | IdReference
  | Graph;

/** Nesting deeper than this is skipped; real JSON-LD is a few levels deep. */
export const MAX_JSONLD_DEPTH = 32;

/**
 * More values than this and nothing is written (the result is `null`). A
 * product page's graph has a few thousand; the cap stops objects that share
 * one array many times over from growing the text exponentially.
 */
export const MAX_JSONLD_VALUES = 200_000;

interface Walk {
  /** Containers being written (a repeat is a cycle). */
  readonly open: Set<object>;
  /** Values left before the cap. */
  left: number;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function escapeForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Arrays and objects whose prototype is some realm's `Object.prototype` or `null`; no class instances. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** An own data property's value; accessors (getters) are not run and read as skipped. */
function ownDataValue(container: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function writeValue(value: unknown, depth: number, walk: Walk): string | undefined {
  if (--walk.left < 0) throw new RangeError('JSON-LD value cap reached');
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value); // a primitive: no toJSON lookup
    case 'number':
      return Number.isFinite(value) ? (Object.is(value, -0) ? '0' : String(value)) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined; // undefined, function, symbol, bigint
  }
  const { open } = walk;
  if (value === null || depth > MAX_JSONLD_DEPTH || open.has(value)) return undefined;
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return undefined;
  open.add(value);
  try {
    const parts: string[] = [];
    if (isArray) {
      // Own index keys come first and in ascending order; holes and extra keys are skipped,
      // and a sparse array with a huge length costs only its real items.
      for (const key of Object.keys(value)) {
        if (!ARRAY_INDEX.test(key)) continue;
        const item = writeValue(ownDataValue(value, key), depth + 1, walk);
        if (item !== undefined) parts.push(item);
      }
      return `[${parts.join(',')}]`;
    }
    for (const key of Object.keys(value)) {
      const item = writeValue(ownDataValue(value, key), depth + 1, walk);
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    open.delete(value);
  }
}

/**
 * JSON text for `value` that is safe inside `<script type="application/ld+json">`:
 * `<`, `>`, `&`, U+2028 and U+2029 are written as `\u003c`-style escapes, so
 * the text contains no `<` at all and `JSON.parse` gives back the input.
 *
 * Accepted: strings, finite numbers, booleans, arrays and plain objects (own
 * enumerable data properties only). Skipped, as if absent: `null`,
 * `undefined`, functions, symbols, bigints, NaN and Infinity, class
 * instances (Date, Map, ...), getters, repeated references that would form a
 * cycle, and anything nested deeper than {@link MAX_JSONLD_DEPTH}. When the
 * value itself is skipped, or holds more than {@link MAX_JSONLD_VALUES}
 * values, the result is `null`. Never throws for
 * ordinary objects (a Proxy with throwing traps is the caller's own doing).
 */
export function serializeJsonLd(value: JsonLdValue): string {
  let json: string | undefined;
  try {
    json = writeValue(value, 0, { open: new Set(), left: MAX_JSONLD_VALUES });
  } catch {
    json = undefined; // over the cap, or a hostile Proxy trap: emit nothing rather than a partial block
  }
  return escapeForScript(json ?? 'null');
}

/**
 * The complete `<script type="application/ld+json">…</script>` element for
 * server-side rendering.
 *
 * The result is already escaped for HTML script content: insert it as raw
 * HTML (for example with `unsafeHTML` in a server-only template, or a
 * template engine's "raw"/"safe" output), never escape it again: entities
 * such as `&quot;` are not decoded inside `<script>` and would corrupt the JSON.
 *
 * A node with an `@id` gets `data-trust-signals-jsonld="<@id>"`, the mark
 * `<trust-product>` and the widgets look for to take the block over; a
 * Product node without one is marked with its name and sku, as the elements
 * key it (see `productGraphKey`).
 *
 * @throws Error if the serialized text contains `<` (a last guard; the
 * serializer cannot produce one).
 */
export function renderJsonLdScript(node: JsonLdValue): string {
  const json = serializeJsonLd(node);
  if (json.includes('<')) {
    throw new Error('trust-signals: refusing to render JSON-LD whose text contains "<" (script breakout guard)');
  }
  // A Product node is marked with its key (its @id, else its name and sku) so that the
  // elements, once they run in the browser, update this block instead of
  // adding a second one for the product.
  const record = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as JsonLdRecord) : undefined;
  const key = record && (typeof record['@id'] === 'string' || record['@type'] === 'Product') ? productGraphKey({ id: record['@id'], name: record['name'], sku: record['sku'] }) : undefined;
  const mark = key ? ` data-trust-signals-jsonld="${escapeAttribute(key)}"` : '';
  return `<script type="application/ld+json"${mark}>${json}</script>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

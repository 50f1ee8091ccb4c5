/**
 * Writes one product's JSON-LD block: checks the page's own markup for an
 * aggregate of the same product, builds the Product node with Google's rules
 * enforced, serializes it with the one serializer, and writes or removes the
 * block. Loaded on demand by product-graph.ts, so pages without structured
 * data never download the builders.
 */
import { buildProduct } from '../core/jsonld/build.js';
import { serializeJsonLd } from '../core/jsonld/serialize.js';
import type { Product } from '../core/model.js';
import { ProblemList } from '../core/problems.js';
import { hasType, PRODUCT_TYPES, typesOf } from '../core/jsonld/vocabulary.js';
import { isRecord, own } from '../core/read.js';
import { removeJsonLdBlock, writeJsonLdBlock } from './jsonld-blocks.js';
import { foreignJsonLdBlocks } from './page.js';
import { logProblems, warnOnce } from './log.js';
import type { MergedGraph } from './product-graph.js';

/** Writes (or, for `undefined`, removes) the block for `key`; returns the text written. */
export function writeProductGraph(key: string, graph: MergedGraph | undefined): string | undefined {
  if (!graph) {
    removeJsonLdBlock(key);
    return undefined;
  }
  const { owner, product, reviews, scale } = graph;
  let aggregate = graph.aggregate;
  if (aggregate && pageHasAggregate(product)) {
    warnOnce(
      owner,
      `the page's own markup already has a rating for ${product.id ?? product.name}: trust-signals adds no second aggregate (see "Structured data" in the README).`,
    );
    aggregate = undefined;
  }
  const problems = new ProblemList();
  const node = buildProduct({ product, aggregate, reviews, scale }, problems);
  logProblems(owner, problems.items.map((p) => ({ ...p, path: `jsonld.${p.path}` })));
  if (!node) {
    removeJsonLdBlock(key);
    return undefined;
  }
  const json = serializeJsonLd(node);
  return writeJsonLdBlock(key, json, owner) ? json : undefined;
}

/**
 * Does the page's own markup already rate this product (JSON-LD or
 * microdata)? Product nodes are found anywhere in a block (`@graph`, a
 * page's `mainEntity`, lists), with full or short type names; an
 * AggregateRating counts when it names the product in `itemReviewed`, or
 * stands alone at the top of a block.
 */
function pageHasAggregate(product: Product): boolean {
  for (const script of foreignJsonLdBlocks()) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = [...nodesOf(data)];
    // Ids other nodes point at with { "@id": … }: an aggregate someone references is theirs, not a loose one.
    const referenced = new Set(nodes.flatMap(({ node }) => (Object.keys(node).length === 1 && typeof own(node, '@id') === 'string' ? [own(node, '@id')] : [])));
    for (const { node, top } of nodes) {
      if (hasType(node, PRODUCT_TYPES)) {
        if ((Object.hasOwn(node, 'aggregateRating') || Object.hasOwn(node, 'review')) && sameProduct(product, node)) return true;
      } else if (typesOf(node).includes('AggregateRating')) {
        const item = ([] as unknown[]).concat(own(node, 'itemReviewed'))[0];
        if (isRecord(item) ? sameProduct(product, item) : top && !referenced.has(own(node, '@id'))) return true;
      }
    }
  }
  for (const scope of document.querySelectorAll('[itemscope][itemtype*="schema.org/Product"]')) {
    // The product's own properties, not those of an item nested in it (a brand's name, a related product's rating).
    const ownProp = (name: string) =>
      [...scope.querySelectorAll(`[itemprop="${name}"]`)].find((candidate) => candidate.parentElement?.closest('[itemscope]') === scope);
    if (!ownProp('aggregateRating')) continue;
    const prop = (name: string) => {
      const el = ownProp(name);
      return el ? (el.getAttribute('content') ?? el.textContent ?? undefined) : undefined;
    };
    const node = { '@id': scope.getAttribute('itemid') ?? undefined, name: prop('name'), sku: prop('sku'), gtin13: prop('gtin13'), mpn: prop('mpn') };
    if (sameProduct(product, node)) return true;
  }
  return false;
}

/** An `@id` or URL resolved against the page, without scheme or a trailing slash, for comparing. */
function comparable(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return `${url.host}${url.pathname.replace(/\/$/, '')}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined);

/**
 * Is the page's node the same product as ours? When both have an `@id` the
 * ids decide. Otherwise any shared identifier does (sku, gtin, mpn, url or
 * name); a node with none of them cannot be told apart and counts as ours,
 * so that doubt never leads to a second aggregate.
 */
function sameProduct(product: Product, node: Record<string, unknown>): boolean {
  const theirId = comparable(own(node, '@id'));
  const ourId = comparable(product.id);
  if (theirId && ourId) return theirId === ourId;
  const gtins = ['gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14'].map((key) => text(own(node, key))).filter(Boolean);
  const pairs: Array<[string | undefined, unknown[]]> = [
    [text(product.sku), [text(own(node, 'sku'))]],
    [text(product.gtin), gtins],
    [text(product.mpn), [text(own(node, 'mpn'))]],
    [comparable(product.url), [comparable(own(node, 'url'))]],
    [text(product.name), [text(([] as unknown[]).concat(own(node, 'name'))[0])]],
  ];
  let identified = false;
  for (const [ours, theirs] of pairs) {
    for (const value of theirs) {
      if (value === undefined) continue;
      identified = true;
      if (ours !== undefined && value === ours) return true;
    }
  }
  return !identified && !theirId;
}

/** Every node object in a block, with whether it sits at the top (the root, a list of roots or `@graph`). */
function* nodesOf(data: unknown, top = true, depth = 0): Generator<{ node: Record<string, unknown>; top: boolean }> {
  if (depth > 12 || typeof data !== 'object' || data === null) return;
  if (Array.isArray(data)) {
    for (const item of data) yield* nodesOf(item, top, depth + 1);
    return;
  }
  const node = data as Record<string, unknown>;
  yield { node, top };
  for (const key of Object.keys(node)) {
    if (key === '@context') continue;
    yield* nodesOf(own(node, key), top && key === '@graph', depth + 1);
  }
}

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

/** Does the page's own markup already rate this product (JSON-LD or microdata)? */
function pageHasAggregate(product: Product): boolean {
  const sameProduct = (id: unknown) => id === undefined || (product.id !== undefined && id === product.id);
  for (const script of foreignJsonLdBlocks()) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of nodesOf(data)) {
      const types = ([] as unknown[]).concat(own(node, '@type'));
      if (types.includes('Product') && sameProduct(own(node, '@id')) && (Object.hasOwn(node, 'aggregateRating') || Object.hasOwn(node, 'review'))) return true;
      if (types.includes('AggregateRating')) {
        const item = own(node, 'itemReviewed');
        if (sameProduct(isRecord(item) ? own(item, '@id') : undefined)) return true;
      }
    }
  }
  for (const scope of document.querySelectorAll('[itemscope][itemtype*="schema.org/Product"]')) {
    const itemid = scope.getAttribute('itemid') ?? undefined;
    if (sameProduct(itemid) && scope.querySelector('[itemprop="aggregateRating"]')) return true;
  }
  return false;
}

function* nodesOf(data: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 8 || typeof data !== 'object' || data === null) return;
  if (Array.isArray(data)) {
    for (const item of data) yield* nodesOf(item, depth + 1);
    return;
  }
  const node = data as Record<string, unknown>;
  yield node;
  const graph = own(node, '@graph');
  if (Array.isArray(graph)) yield* nodesOf(graph, depth + 1);
}

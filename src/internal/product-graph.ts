/**
 * One structured-data graph per product on the page. Elements contribute
 * what they know (the product's identity, an aggregate, the reviews they
 * show); contributions for the same product key are merged into exactly one
 * Product node, written as one JSON-LD block, rebuilt once per microtask
 * after any change, and removed when the last contributor leaves.
 *
 * Merge rules: the identity comes from `<trust-product>` when there is one,
 * else from the first contributor that knows the product; the first
 * aggregate wins (never two aggregates for one product); reviews are merged
 * by id. When the page's own markup (a theme's JSON-LD or microdata) already
 * holds an aggregate for the product, none is added and one warning says so.
 */
import { buildProduct } from '../core/jsonld/build.js';
import { serializeJsonLd } from '../core/jsonld/serialize.js';
import type { Aggregate, Product, RatingScale, Review } from '../core/model.js';
import { ProblemList } from '../core/problems.js';
import { foreignJsonLdBlocks, removeJsonLdBlock, writeJsonLdBlock } from './jsonld-blocks.js';
import { logProblems, warnOnce } from './log.js';

export interface GraphContribution {
  product?: Product;
  aggregate?: Aggregate;
  reviews?: readonly Review[];
  scale?: RatingScale;
  /** Set by `<trust-product>`: this contribution names the product. */
  identity?: boolean;
  /** Set by `<trust-product jsonld="off">`: the graph exists but is not written to the page. */
  silent?: boolean;
}

interface Graph {
  sources: Map<Element, GraphContribution>;
  json?: string;
}

const graphs = new Map<string, Graph>();
const dirty = new Set<string>();
let scheduled = false;

export function contribute(key: string, source: Element, contribution: GraphContribution): void {
  let graph = graphs.get(key);
  if (!graph) graphs.set(key, (graph = { sources: new Map() }));
  graph.sources.set(source, contribution);
  schedule(key);
}

export function withdraw(key: string, source: Element): void {
  const graph = graphs.get(key);
  if (graph?.sources.delete(source)) schedule(key);
}

/** The serialized JSON-LD of a product graph as last written (escaped; safe to print in HTML). */
export function graphJsonLd(key: string): string | undefined {
  return graphs.get(key)?.json;
}

/**
 * Rebuilds are batched into one task after the current one: a shopper's
 * sort or filter repaints the list first, and the JSON-LD follows.
 */
function schedule(key: string): void {
  dirty.add(key);
  if (scheduled) return;
  scheduled = true;
  setTimeout(flush, 0);
}

function flush(): void {
  scheduled = false;
  const keys = [...dirty];
  dirty.clear();
  for (const key of keys) {
    try {
      write(key);
    } catch (error) {
      warnOnce(graphs, `JSON-LD for ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function write(key: string): void {
  const graph = graphs.get(key);
  const contributions = graph ? [...graph.sources.entries()] : [];
  if (!graph || contributions.length === 0) {
    graphs.delete(key);
    removeJsonLdBlock(key);
    return;
  }
  const [owner, identity] = contributions.find(([, c]) => c.identity) ?? contributions.find(([, c]) => c.product) ?? [];
  const product = identity?.product;
  if (!owner || !product || identity?.silent) {
    graph.json = undefined;
    removeJsonLdBlock(key);
    return;
  }
  let aggregate = contributions.find(([, c]) => c.aggregate)?.[1].aggregate;
  const scale = contributions.find(([, c]) => c.scale)?.[1].scale ?? aggregate?.scale;
  if (aggregate && pageHasAggregate(product)) {
    warnOnce(
      owner,
      `the page's own markup already has a rating for ${product.id ?? product.name}: trust-signals adds no second aggregate (see "Structured data" in the README).`,
    );
    aggregate = undefined;
  }
  const seen = new Set<string>();
  const reviews: Review[] = [];
  for (const [, c] of contributions) {
    for (const review of c.reviews ?? []) {
      if (!seen.has(review.id)) {
        seen.add(review.id);
        reviews.push(review);
      }
    }
  }
  const problems = new ProblemList();
  const node = buildProduct({ product, aggregate, reviews, scale }, problems);
  logProblems(owner, problems.items.map((p) => ({ ...p, path: `jsonld.${p.path}` })));
  if (!node) {
    graph.json = undefined;
    removeJsonLdBlock(key);
    return;
  }
  const json = serializeJsonLd(node);
  graph.json = writeJsonLdBlock(key, json, owner) ? json : undefined;
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
      const types = ([] as unknown[]).concat(node['@type']);
      if (types.includes('Product') && sameProduct(node['@id']) && ('aggregateRating' in node || 'review' in node)) return true;
      if (types.includes('AggregateRating')) {
        const item = node['itemReviewed'] as Record<string, unknown> | undefined;
        if (sameProduct(item?.['@id'])) return true;
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
  if (Array.isArray(node['@graph'])) yield* nodesOf(node['@graph'], depth + 1);
}

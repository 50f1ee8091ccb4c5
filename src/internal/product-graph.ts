/**
 * One structured-data graph per product on the page. Elements contribute
 * what they know (the product's identity, an aggregate, the reviews they
 * show); contributions for the same product key are merged into exactly one
 * Product node, written as one JSON-LD block, rebuilt once per microtask
 * after any change, and removed when the last contributor leaves.
 *
 * Merge rules, in page order: the identity comes from `<trust-product>` when
 * there is one, else from the first contributor that knows the product; the
 * first aggregate wins (never two aggregates for one product) and a
 * different one is reported; reviews are merged by id. When the page's own markup (a theme's JSON-LD or microdata) already
 * holds an aggregate for the product, none is added and one warning says so.
 */
import type { Aggregate, Product, RatingScale, Review } from '../core/model.js';
import { warnOnce } from './log.js';

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

/** One product's merged contributions, as the writer needs them. */
export interface MergedGraph {
  /** The element problems are reported against. */
  owner: Element;
  product: Product;
  aggregate?: Aggregate;
  reviews: Review[];
  scale?: RatingScale;
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
  setTimeout(() => void flush(), 0);
}

/** The JSON-LD builders and the block writer: loaded when the first graph is written, not with the elements. */
let writer: Promise<typeof import('./jsonld-writer.js')> | undefined;

async function flush(): Promise<void> {
  scheduled = false;
  const keys = [...dirty];
  dirty.clear();
  let write: (typeof import('./jsonld-writer.js'))['writeProductGraph'];
  try {
    ({ writeProductGraph: write } = await (writer ??= import('./jsonld-writer.js')));
  } catch (error) {
    warnOnce(graphs, `JSON-LD was not emitted: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  for (const key of keys) {
    const graph = graphs.get(key);
    try {
      const merged = graph ? merge(key, graph) : undefined;
      if (graph && graph.sources.size === 0) graphs.delete(key);
      const json = write(key, merged);
      if (graph) graph.json = json;
    } catch (error) {
      warnOnce(graphs, `JSON-LD for ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The element and the shadow hosts around it, outermost first. */
function hostChain(el: Element): Element[] {
  const chain = [el];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/**
 * Page order in the composed tree: widgets inside another element's shadow
 * root are placed where that element is. Elements not on the page keep the
 * order they contributed in.
 */
function compareChains(chainA: Element[], chainB: Element[]): number {
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    if (chainA[i] === chainB[i]) continue;
    // Same depth under the same host: both are in one tree and compare directly.
    const position = chainA[i]!.compareDocumentPosition(chainB[i]!);
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return chainA.length - chainB.length; // a host comes before what its shadow root holds
}

/** Two aggregates describe the same ratings when scale and count agree and the values differ by no more than rounding to one decimal. */
function agree(a: Aggregate, b: Aggregate): boolean {
  const count = (x: Aggregate) => x.ratingCount ?? x.reviewCount;
  return (
    a.scale.best === b.scale.best &&
    a.scale.worst === b.scale.worst &&
    (a.reviewCount === b.reviewCount || count(a) === count(b)) &&
    Math.abs(a.ratingValue - b.ratingValue) < 0.1
  );
}

/** What one product's contributions add up to, or undefined when nothing should be written. */
function merge(key: string, graph: Graph): MergedGraph | undefined {
  // Each element's host chain is walked once, not once per comparison.
  const contributions = [...graph.sources.entries()]
    .map((entry) => ({ entry, chain: hostChain(entry[0]) }))
    .sort((a, b) => compareChains(a.chain, b.chain))
    .map(({ entry }) => entry);
  const [owner, identity] = contributions.find(([, c]) => c.identity) ?? contributions.find(([, c]) => c.product) ?? [];
  const product = identity?.product;
  if (!owner || !product || identity?.silent) return undefined;
  // The first aggregate on the page wins; a different one is most likely
  // another product's rating placed inside this product, and is reported.
  const rated = contributions.filter(([, c]) => c.aggregate);
  const aggregate = rated[0]?.[1].aggregate;
  const other = rated.find(([, c]) => !agree(c.aggregate!, aggregate!));
  if (other) {
    const describe = ([el, c]: [Element, GraphContribution]) => `${c.aggregate!.ratingValue} from ${c.aggregate!.ratingCount ?? c.aggregate!.reviewCount} (<${el.localName}>)`;
    warnOnce(
      other[0],
      `two different ratings for one product (${key}): ${describe(rated[0]!)} and ${describe(other)}. The JSON-LD uses the first on the page; put another product's rating in its own <trust-product>, or give it jsonld="off".`,
    );
  }
  const scale = contributions.find(([, c]) => c.scale)?.[1].scale ?? aggregate?.scale;
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
  return { owner, product, aggregate, reviews, scale };
}

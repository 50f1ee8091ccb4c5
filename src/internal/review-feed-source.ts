/**
 * The data source of the review elements: a review feed from the `data`
 * property, an inline JSON child, a `src` URL, or (with `use-page-jsonld`)
 * the schema.org JSON-LD a theme already prints on the page.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseReviewFeed } from '../core/feed.js';
import type { ReviewFeed } from '../core/model.js';
import type { Parsed, Problem } from '../core/problems.js';
import { DataSourceController } from './data-source.js';
import { foreignJsonLdBlocks, imageHostsOf } from './page.js';

type Host = ReactiveControllerHost & HTMLElement & { imageHosts?: string };

/**
 * Reads the first schema.org block on the page that describes reviews or a
 * rated product. The importer is loaded only when a page asks for it.
 */
export async function feedFromPageJsonLd(): Promise<Parsed<ReviewFeed> | undefined> {
  const { importJsonLd } = await import('../core/jsonld/import.js');
  const problems: Problem[] = [];
  for (const script of foreignJsonLdBlocks()) {
    const imported = importJsonLd(script.textContent ?? '', { baseUrl: document.baseURI });
    problems.push(...imported.problems);
    const { product, aggregate, reviews, scale } = imported.value;
    if (reviews.length || aggregate) return { value: { product, aggregate, reviews, scale }, problems };
  }
  return problems.length ? { value: { reviews: [], scale: { best: 5, worst: 1 } }, problems } : undefined;
}

export function reviewFeedSource(host: Host, report: (problems: readonly Problem[]) => void): DataSourceController<ReviewFeed> {
  return new DataSourceController<ReviewFeed>(host, {
    parse: (raw, origin) => parseReviewFeed(raw, { baseUrl: origin.baseUrl, imageHosts: imageHostsOf(host) }),
    report,
    fallback: () => (host.hasAttribute('use-page-jsonld') ? feedFromPageJsonLd() : undefined),
  });
}

/**
 * The demo product page rendered on the server (served at /ssr.html), as a
 * Node-based CMS would do it: the elements render to declarative shadow DOM
 * with @lit-labs/ssr, their data is printed as inline JSON for the browser to
 * pick up, and the product's JSON-LD is in <head> before any script runs.
 * Crawlers and visitors without JavaScript see the rating, the reviews and
 * the disclosure; with JavaScript the elements hydrate in place.
 *
 * Run `node demo/ssr.mjs > page.html` to print the page.
 */
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { feedPage } from './serve.mjs';

// The built library: registers every element for the server renderer.
await import('../dist/index.js');
const { buildProduct, ProblemList, parseProduct, parseReviewFeed, productAttributes, renderJsonLdScript, serializeJsonLd, setServerPageUrl } =
  await import('../dist/index.js');

/**
 * Inline JSON for an element to read in the browser. The serializer escapes
 * `<`, so the text cannot end the script element early; this is the one
 * place raw HTML is written, and only serializer output goes in.
 */
const inlineJson = (data) => unsafeHTML(`<script type="application/json">${serializeJsonLd(data)}</script>`);

/**
 * The server-rendered region is index.html itself: the two elements that
 * fetch their data in the browser get it as a property instead (for the
 * server renderer) plus an inline JSON child (for the browser to pick up).
 */
function regionTemplate(region, slots) {
  const strings = [];
  const values = [];
  let text = region;
  let current = '';
  for (const { tag, open, close, data } of slots) {
    const at = text.indexOf(tag);
    if (at < 0) throw new Error(`demo/ssr.mjs: index.html no longer contains ${tag}`);
    strings.push(current + text.slice(0, at) + open, '>');
    values.push(data, inlineJson(data));
    current = close;
    text = text.slice(at + tag.length);
  }
  strings.push(current + text);
  // A template from our own file (never from data), in the shape Lit's html tag expects.
  return html(Object.assign(strings, { raw: [...strings] }), ...values);
}

/** The attributes of the first `<tag>` in our own page, as a lookup (the page holds only `name="value"` pairs). */
function attributeReader(page, tag) {
  const open = page.match(new RegExp(`<${tag}\\b([^>]*)>`));
  if (!open) throw new Error(`demo/ssr.mjs: index.html no longer contains <${tag}>`);
  const entities = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
  const attributes = new Map([...open[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value.replace(/&(amp|quot|lt|gt|#39);/g, (e) => entities[e])]));
  return (name) => attributes.get(name);
}

/**
 * The demo page rendered on the server. `pageUrl` is where it is served (for
 * relative URLs and the default image host); `lang` is the page language,
 * as a shop would print it in <html lang>.
 */
export async function renderDemoPage({ pageUrl = 'http://127.0.0.1/ssr.html', lang = 'en' } = {}) {
  setServerPageUrl(pageUrl);
  const page = (await readFile(new URL('./index.html', import.meta.url), 'utf8')).replace('<html lang="en"', `<html lang="${/^[a-z]{2}$/.test(lang) ? lang : 'en'}"`);
  const firstPage = await feedPage(1);
  // The summary needs only the aggregate over all reviews, not the reviews themselves.
  const summaryFeed = { version: 1, scale: firstPage.scale, aggregate: firstPage.aggregate, reviews: [], total: firstPage.total };

  // The product's structured data, from the same facts the browser reads: the
  // <trust-product> attributes in index.html (the product), the feed's stated
  // aggregate and its first page (the reviews the list shows), validated and
  // built by the code the elements use.
  const problems = new ProblemList();
  const product = parseProduct(productAttributes(attributeReader(page, 'trust-product')), 'product', problems, { baseUrl: pageUrl });
  const feed = parseReviewFeed(firstPage, { baseUrl: pageUrl });
  const node = buildProduct({ product, aggregate: feed.value.aggregate, reviews: feed.value.reviews, scale: feed.value.scale }, problems);
  for (const p of [...feed.problems, ...problems.items]) console.warn(`[demo ssr] ${p.path}: expected ${p.expected}, got ${p.received}`);

  const start = page.indexOf('<!-- ssr:start');
  const end = page.indexOf('<!-- ssr:end -->') + '<!-- ssr:end -->'.length;
  const template = regionTemplate(page.slice(start, end), [
    {
      tag: '<trust-review-summary for="review-list"></trust-review-summary>',
      open: '<trust-review-summary for="review-list" .data=',
      close: '</trust-review-summary>',
      data: summaryFeed,
    },
    {
      tag: '<trust-review-list id="review-list" src="/api/reviews" page-size="10"></trust-review-list>',
      open: '<trust-review-list id="review-list" page-size="10" .data=',
      close: '</trust-review-list>',
      data: firstPage,
    },
  ]);
  const body = await collectResult(render(template));
  return (
    page
      .slice(0, start)
      .replace('</head>', `    ${node ? renderJsonLdScript(node) : ''}\n  </head>`)
      .replace('<title>', '<title>(server-rendered) ') +
    `<!-- rendered on the server by demo/ssr.mjs -->\n${body}` +
    page.slice(end)
  );
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  process.stdout.write(await renderDemoPage());
}

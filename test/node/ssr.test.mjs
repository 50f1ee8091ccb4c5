/**
 * Server rendering of the BUILT elements with @lit-labs/ssr: catches build
 * problems (untransformed syntax, DOM use at import time) that tests of the
 * sources cannot see.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { fromDist } from './dist.mjs';

await fromDist('components/star-rating/star-rating.js');
await fromDist('translations/sv.js');

const ssr = (template) => {
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    return { out: collectResultSync(render(template)), errors };
  } finally {
    console.error = original;
  }
};

const attr = (out, name) => out.match(new RegExp(`${name}="([^"]*)"`))?.[1];

test('a display rating renders to declarative shadow DOM with its accessible text and exact fill', () => {
  const { out } = ssr(html`<trust-star-rating value="4.3" count="120"></trust-star-rating>`);
  assert.match(out, /<template shadowroot="open" shadowrootmode="open"/);
  assert.equal(attr(out, 'aria-label'), '4.3 out of 5 stars, 120 reviews');
  assert.equal(attr(out, 'viewBox'), '0 0 120 24');
  assert.equal(Number(out.match(/class="fill" width="([\d.]+)"/)[1]), Math.round((4 * 24 + 2.01 + 0.3 * 19.97) * 100) / 100);
  assert.match(out, /\(<!--lit-part-->120<!--\/lit-part-->\)/);
});

test('the element\'s own lang picks the language on the server', () => {
  const { out } = ssr(html`<trust-star-rating lang="sv" value="4.5" count="1203"></trust-star-rating>`);
  assert.equal(attr(out, 'aria-label'), '4,5 av 5 stjärnor, 1\u00a0203 recensioner');
});

test('an input rating renders its radios with the chosen one checked and focusable', () => {
  const { out } = ssr(html`<trust-star-rating mode="input" name="rating" value="3"></trust-star-rating>`);
  const radios = [...out.matchAll(/role="radio"[\s\S]*?aria-checked="(true|false)"[\s\S]*?aria-label="([^"]+)"[\s\S]*?tabindex="(-?\d)"/g)];
  assert.deepEqual(
    radios.map((m) => [m[1], m[2], m[3]]),
    [
      ['false', '1 of 5 stars', '-1'],
      ['false', '2 of 5 stars', '-1'],
      ['true', '3 of 5 stars', '0'],
      ['false', '4 of 5 stars', '-1'],
      ['false', '5 of 5 stars', '-1'],
    ],
  );
});

test('bad input renders "Not rated" on the server too, with an error naming the field, and never NaN', () => {
  const { out, errors } = ssr(html`<trust-star-rating value="abc" max="0"></trust-star-rating>`);
  assert.equal(attr(out, 'aria-label'), 'Not rated');
  assert.doesNotMatch(out, /NaN|undefined|Infinity/);
  assert.ok(errors.some((e) => e.includes('<trust-star-rating> max: expected a whole number from 1 to 10, got 0')));
});

test('the built CDN bundle is one self-contained module with Lit inlined', async () => {
  const { readFile } = await import('node:fs/promises');
  const bundle = await readFile(new URL('../../dist/cdn/trust-signals.js', import.meta.url), 'utf8');
  assert.ok(!/\bfrom\s*["']lit/.test(bundle), 'Lit is inlined');
  assert.ok(!/\bimport\s*\(/.test(bundle), 'no dynamic imports (one file)');
  assert.ok(!bundle.includes('/**') && bundle.split('\n').length < 400, 'minified');
  assert.ok(!/@property\(|\baccessor\s/.test(bundle), 'decorators lowered');
  assert.ok(!/\s{2,}--_text/.test(bundle), 'CSS templates minified');
});

describe('every element renders on the server', async () => {
  await fromDist('index.js');
  const { readFile } = await import('node:fs/promises');
  const feed = JSON.parse(await readFile('demo/data/reviews.json', 'utf8'));
  const hostile = JSON.parse(await readFile('demo/data/reviews-hostile.json', 'utf8'));
  const NOW = Date.parse('2026-12-01');

  test('<trust-review-summary>: average, count and bars', () => {
    const { out } = ssr(html`<trust-review-summary .data=${feed}></trust-review-summary>`);
    assert.match(out, /aria-label="4\.0 out of 5 stars, 36 reviews"/);
    assert.match(out, /Based on <!--lit-part-->36<!--\/lit-part--> reviews|Based on 36 reviews/);
    assert.match(out, /server-rendered/);
  });

  test('<trust-review-list>: disclosure and the first page of cards, each card with its own shadow DOM', () => {
    const { out } = ssr(html`<trust-review-list .data=${feed} .now=${NOW}></trust-review-list>`);
    assert.match(out, /Some reviews come from checked buyers/);
    assert.equal(out.match(/<trust-review /g)?.length, 10);
    assert.match(out, /Snygg och snabb/);
    assert.doesNotMatch(out, /\bNaN\b|\bundefined\b|Invalid Date/);
  });

  test('<trust-review-list> with hostile data: markup in data stays text', () => {
    const errors = [];
    const original = console.error;
    console.error = (...args) => errors.push(args.join(' '));
    let out;
    try {
      out = collectResultSync(render(html`<trust-review-list .data=${hostile} .now=${NOW} page-size="50"></trust-review-list>`));
    } finally {
      console.error = original;
    }
    assert.doesNotMatch(out, /<script>alert|<img src=x|<svg onload/i);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(out, /javascript:|data:image/);
    assert.ok(errors.length > 0, 'bad reviews are reported');
  });

  test('<trust-review>, <trust-review-form> and <trust-product> render without a DOM', () => {
    assert.match(ssr(html`<trust-review .data=${feed.reviews[0]} .now=${NOW}></trust-review>`).out, /Erik L\./);
    const form = ssr(html`<trust-review-form action="/api/reviews" terms-url="/terms"></trust-review-form>`).out;
    assert.match(form, /<form/);
    assert.match(form, /href="\/terms"/, 'relative URLs stay relative on the server');
    assert.match(ssr(html`<trust-product name="X"><p>child</p></trust-product>`).out, /<slot>/);
  });

  test('the README server-rendering recipe: inline JSON the browser reads, with no "<" from data', async () => {
    const { serializeJsonLd } = await fromDist('core/jsonld/index.js');
    const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
    const inline = (data) => unsafeHTML(`<script type="application/json">${serializeJsonLd(data)}</script>`);
    const { out } = ssr(html`<trust-review-list .data=${hostile}>${inline(hostile)}</trust-review-list>`);
    const json = out.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
    assert.ok(!json.includes('<'));
    assert.deepEqual(JSON.parse(json), hostile);
  });

  test('the README CMS recipe: parse, build, render the JSON-LD script', async () => {
    const core = await fromDist('core/index.js');
    const { value } = core.parseReviewFeed(feed, { baseUrl: 'https://fjallbo.example/products/nordlys-kettle' });
    const problems = new core.ProblemList();
    const node = core.buildProduct({ product: value.product, aggregate: value.aggregate, reviews: value.reviews, scale: value.scale }, problems);
    const tag = core.renderJsonLdScript(node);
    assert.match(tag, /^<script type="application\/ld\+json" data-trust-signals-jsonld="https:\/\/fjallbo\.example\/products\/nordlys-kettle#product">/);
    const parsed = JSON.parse(tag.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
    assert.equal(parsed.review.length, 36);
    assert.equal(parsed.aggregateRating.reviewCount, 36);
    assert.deepEqual(problems.items.filter((p) => p.severity === 'error'), []);
  });
});

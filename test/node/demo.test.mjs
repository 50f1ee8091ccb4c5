/**
 * End to end: the demo shop as a shopper's browser gets it from `npm start`,
 * both the script-tag page and the server-rendered one, in headless
 * Chromium, under the demo server's strict CSP with Trusted Types.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';
import { createDemoServer } from '../../demo/serve.mjs';

let browser;
let server;
let base;

before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warn') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument(() => {
    // Shifts while the HTML is still being parsed come from the browser painting
    // a half-parsed page (an empty button that gets its text later); they are
    // the page's, not ours. Everything our scripts do (upgrade, hydration, data
    // fetches, JSON-LD) happens after parsing, so that is what is measured.
    window.__cls = 0;
    window.__shifts = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const parsed = performance.getEntriesByType('navigation')[0]?.domInteractive;
        if (!parsed || entry.startTime < parsed) continue;
        window.__cls += entry.value;
        for (const s of entry.sources) window.__shifts.push(`${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('trust-review-list')?.shadowRoot?.querySelector('trust-review'));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { page, problems };
}

const deepText = (page, selector) =>
  page.evaluate((sel) => {
    const walk = (root) => [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? walk(el.shadowRoot) : '')).join(' ') + ' ' + root.textContent;
    const el = document.querySelector(sel);
    return el ? walk(el.shadowRoot ?? el) : '';
  }, selector);

for (const [name, path] of [
  ['script-tag page', '/'],
  ['server-rendered page', '/ssr.html'],
]) {
  describe(`demo shop: ${name}`, () => {
    let page;
    let problems;
    before(async () => ({ page, problems } = await open(path)));
    after(() => page?.close());

    test('renders with no console errors, no CSP violations and no layout shift once parsed', async () => {
      assert.deepEqual(problems, []);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.equal(await page.evaluate(() => window.__cls), 0, (await page.evaluate(() => window.__shifts)).join('\n'));
    });

    test('shows the rating, the summary, ten review cards and the disclosure', async () => {
      const label = await page.evaluate(() => document.querySelector('.rating-link trust-star-rating').shadowRoot.querySelector('[part="base"]').getAttribute('aria-label'));
      assert.equal(label, '4.0 out of 5 stars, 36 reviews');
      assert.match(await deepText(page, 'trust-review-summary'), /Based on 36 reviews/);
      assert.equal(await page.evaluate(() => document.querySelector('trust-review-list').shadowRoot.querySelectorAll('trust-review').length), 10);
      assert.match(await deepText(page, 'trust-review-list'), /Some reviews come from checked buyers/);
    });

    test('has exactly one JSON-LD block for the product, with the aggregate and the ten shown reviews', async () => {
      const blocks = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
      assert.equal(blocks.length, 1);
      const [product] = blocks;
      assert.equal(product['@id'], 'https://fjallbo.example/products/nordlys-kettle#product');
      assert.deepEqual(product.aggregateRating, { '@type': 'AggregateRating', ratingValue: 4.06, reviewCount: 36, bestRating: 5, worstRating: 1 });
      assert.equal(product.review.length, 10);
    });

    test('a summary bar filters the list and the list says "Showing X of Y"', async () => {
      await page.evaluate(() => document.querySelector('trust-review-summary').shadowRoot.querySelector('button[part="bar"]').click());
      await page.waitForFunction(() => /Showing/.test(document.querySelector('trust-review-list').shadowRoot.querySelector('[part="status"]').textContent));
      const status = await page.evaluate(() => document.querySelector('trust-review-list').shadowRoot.querySelector('[part="status"]').textContent.trim());
      assert.match(status, /^Showing \d+ of 36 reviews$/);
      assert.match(await deepText(page, 'trust-review-summary'), /Based on 36 reviews/);
    });
  });
}

describe('demo shop: a server-rendered page in Swedish', () => {
  test('the elements hydrate, then speak the page language they could not know on the server', async () => {
    const { page, problems } = await open('/ssr.html?lang=sv');
    try {
      assert.deepEqual(problems, []);
      const label = await page.evaluate(() => document.querySelector('.rating-link trust-star-rating').shadowRoot.querySelector('[part="base"]').getAttribute('aria-label'));
      assert.equal(label, '4,0 av 5 stjärnor, 36 recensioner');
      assert.match(await deepText(page, 'trust-review-list'), /Visar|Nyaste/);
      const heading = await page.evaluate(() => document.querySelector('trust-review-form').shadowRoot.querySelector('[part="heading"]').textContent.trim());
      assert.match(heading, /Nordlys/);
    } finally {
      await page.close();
    }
  });
});

describe('demo shop: search engines see the facts shoppers see', () => {
  test('the JSON-LD printed on the server is exactly the JSON-LD the page holds after hydration', async () => {
    const html = await (await fetch(`${base}/ssr.html`)).text();
    const printed = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
    assert.equal(printed.length, 1);
    const { page } = await open('/ssr.html');
    try {
      const live = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
      assert.deepEqual(live, printed);
    } finally {
      await page.close();
    }
  });

  test('the server-rendered page and the script-tag page describe the product identically', async () => {
    const blocks = [];
    for (const path of ['/', '/ssr.html']) {
      const { page } = await open(path);
      blocks.push(await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent))));
      await page.close();
    }
    // Image URLs are resolved against each page's own address; both pages are served from the same host.
    assert.deepEqual(blocks[1], blocks[0]);
  });
});

describe('demo shop: the page rendered on the server is readable without JavaScript', () => {
  test('the HTML already holds the rating text, review text, disclosure and JSON-LD', async () => {
    const html = await (await fetch(`${base}/ssr.html`)).text();
    assert.match(html, /aria-label="4.0 out of 5 stars, 36 reviews"/);
    assert.match(html, /shadowrootmode="open"/);
    assert.match(html, /Snygg och snabb/);
    assert.match(html, /Some reviews come from checked buyers/);
    assert.match(html, /<script type="application\/ld\+json" data-trust-signals-jsonld="https:\/\/fjallbo\.example\/products\/nordlys-kettle#product">/);
  });
});

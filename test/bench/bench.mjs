/**
 * `npm run bench`: size and speed, each measured against a baseline in the
 * same run and printed as a ratio. Timings on shared machines are noisy;
 * read the ratios, and run it twice before believing a change.
 *
 *   sizes   gzip bytes of minified bundles, own code with Lit left out and
 *           with Lit in, against Lit alone
 *   speed   in headless Chromium: 1,000 ratings against static SVG rows;
 *           a 10,000-review list (first render, re-sort, re-filter) against a
 *           plain lit-html list of the same page
 *   CLS     layout shift of the demo page (browser- and server-rendered)
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';
import { createDemoServer } from '../../demo/serve.mjs';
import { generatedFeed } from '../tools/feed-plugin.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/**
 * Minified ES bundles of `entry`, built with the project's CDN settings. With
 * `split`, code the entry loads on demand (dynamic imports) lands in separate
 * chunks, as a shop's bundler would do; `gzip` is the entry chunk, `lazy`
 * the on-demand chunks.
 */
async function bundle(entry, { lit, split = false }) {
  const result = await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: {
        ...(lit ? {} : { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//] }),
        output: { minify: true, codeSplitting: split },
      },
    },
  });
  // The build API can report the same output more than once: keep one chunk per file name.
  const chunks = new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o) => o.type === 'chunk')
      .map((o) => [o.fileName, o]),
  );
  const entryChunk = [...chunks.values()].find((c) => c.isEntry);
  const lazy = [...chunks.values()].filter((c) => !c.isEntry);
  return {
    code: entryChunk.code,
    gzip: gzipSync(entryChunk.code, { level: 9 }).length,
    lazy: lazy.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0),
  };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (cells) => console.log(cells.map((c, i) => String(c).padEnd([44, 30, 18, 12][i] ?? 12)).join(''));

async function sizes() {
  const litOnly = join(ROOT, 'test/bench/entry-lit.ts');
  const lit = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: litOnly, formats: ['es'], fileName: () => 'lit.js' }, rolldownOptions: { output: { minify: true } } },
  });
  const litCode = [...new Map((Array.isArray(lit) ? lit : [lit]).flatMap((r) => r.output).filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code])).values()].join('');
  const litGzip = gzipSync(litCode, { level: 9 }).length;

  const targets = [
    ['<trust-star-rating>, own code', 'src/components/star-rating/star-rating.ts', false, 2 * 1024],
    ['<trust-star-rating> with Lit', 'src/components/star-rating/star-rating.ts', true, 8 * 1024],
    ['review summary + list + cards, own code', 'test/bench/entry-review-widgets.ts', false, 10 * 1024],
    ['<trust-review-form>, own code', 'src/components/review-form/review-form.ts', false, undefined],
    ['everything (CDN bundle) with Lit', 'src/cdn.ts', true, undefined],
  ];
  console.log('\nSizes (minified, gzip -9; "+ on demand": chunks loaded only when used, e.g. JSON-LD writing)');
  row(['bundle', 'gzip', 'target', 'vs Lit']);
  row(['Lit alone (LitElement, html, css, svg)', kb(litGzip), '', '1.00x']);
  const results = {};
  for (const [name, entry, withLit, target] of targets) {
    const cdn = entry === 'src/cdn.ts';
    const { gzip, lazy } = await bundle(entry, { lit: withLit, split: !cdn });
    results[name] = gzip;
    const verdict = target === undefined ? '' : `${gzip <= target ? 'ok' : 'OVER'} < ${kb(target)}`;
    row([name, kb(gzip) + (lazy ? ` + ${kb(lazy)} on demand` : ''), verdict, `${(gzip / litGzip).toFixed(2)}x`]);
  }
  return results;
}

async function serveFiles(files) {
  const server = createServer((req, res) => {
    const body = files[new URL(req.url, 'http://x').pathname];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

async function speed(browser) {
  const { code } = await bundle('test/bench/pages.ts', { lit: true });
  const { server, url } = await serveFiles({
    '/': '<!doctype html><html lang="en"><body><script type="module" src="/pages.js"></script></body></html>',
    '/pages.js': code,
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);

  const pair = async (ours, base, arg) => {
    const a = [];
    const b = [];
    for (let i = 0; i < RUNS; i++) {
      b.push(await page.evaluate((fn, x) => window.bench[fn](x), base, arg));
      a.push(await page.evaluate((fn, x) => window.bench[fn](x), ours, arg));
    }
    return [median(a), median(b)];
  };

  console.log(`\nSpeed in headless Chromium (median of ${RUNS}, ms)`);
  row(['measure', 'trust-signals', 'baseline', 'ratio']);
  const out = {};
  const [r, f] = await pair('ratings', 'staticRatings', 1000);
  out.ratings = r / f;
  row(['1,000 ratings vs static SVG rows', r.toFixed(1), f.toFixed(1), `${(r / f).toFixed(2)}x (target ≤ 3x)`]);

  const feedText = JSON.stringify(generatedFeed(10_000));
  const first = [];
  const plainFirst = [];
  const resort = [];
  const plainResort = [];
  const refilter = [];
  const plainRefilter = [];
  for (let i = 0; i < RUNS; i++) {
    plainFirst.push(await page.evaluate((t) => window.bench.plainFirstRender(t), feedText));
    plainResort.push(await page.evaluate(() => window.bench.plainResort()));
    plainRefilter.push(await page.evaluate(() => window.bench.plainRefilter()));
    first.push(await page.evaluate((t) => window.bench.listFirstRender(t), feedText));
    resort.push(await page.evaluate(() => window.bench.listResort()));
    refilter.push(await page.evaluate(() => window.bench.listRefilter()));
  }
  for (const [name, ours, base, key] of [
    ['10,000-review list: first render', first, plainFirst, 'listFirst'],
    ['10,000-review list: re-sort', resort, plainResort, 'listResort'],
    ['10,000-review list: re-filter', refilter, plainRefilter, 'listRefilter'],
  ]) {
    const [o, p] = [median(ours), median(base)];
    out[key] = o / p;
    row([name, o.toFixed(1), p.toFixed(1), `${(o / p).toFixed(2)}x (target ≤ 1.5x)`]);
  }
  await page.close();
  server.close();
  return out;
}

async function layoutShift(browser) {
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log('\nLayout shift of the demo page (1280x800, sum of layout-shift entries)');
  row(['page', 'CLS', 'target', '']);
  const out = {};
  for (const path of ['/', '/ssr.html']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(base + path, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cls = await page.evaluate(() => window.__cls);
    out[path] = cls;
    row([path === '/' ? 'demo page (script tag)' : 'demo page (server-rendered)', cls.toFixed(4), cls === 0 ? 'ok = 0' : 'OVER 0', '']);
    await page.close();
  }
  server.close();
  return out;
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
try {
  await sizes();
  await speed(browser);
  await layoutShift(browser);
} finally {
  await browser.close();
}

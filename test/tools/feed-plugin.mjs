/**
 * Test endpoints for `src` loading, served by the test runner's dev server:
 *
 *   /test-feed/reviews?count=N&page=P&size=S  a generated feed (paged when size is set; &ms=N delays later pages)
 *   /test-feed/status/500?ms=N                an HTTP error (after N ms)
 *   /test-feed/html                           the wrong content type
 *   /test-feed/malformed                      broken JSON
 *   /test-feed/slow?ms=N                      answers after N ms
 *   /test-feed/huge                           a 6 MB body
 *   /test-feed/redirect                       a redirect (refused by the library)
 *   /test-feed/loop?id=X                      a page whose next link is itself (hits counted per id)
 *   /test-feed/hits?id=X                      how often /test-feed/loop?id=X was requested
 *   /test-feed/ten-point?page=P               a paged feed on a 1-10 scale that only page 1 states
 *   /test-feed/flaky?id=X                     HTTP 500 the first time, a 3-review feed after
 *   /test-feed/flaky-pages?id=X&page=P        30 reviews in pages of 10; page 2 fails the first time
 */
/** Requests per test endpoint and id, for the endpoints that count them. */
const requestCounts = new Map();

/** Counts one more request under `key`; returns the count, 1 for the first. */
function countRequest(key) {
  const count = (requestCounts.get(key) ?? 0) + 1;
  requestCounts.set(key, count);
  return count;
}
function review(i) {
  return {
    id: `gen-${i}`,
    author: { name: `Reviewer ${i}`, display: 'first-initial' },
    rating: (i % 5) + 1,
    title: `Review number ${i}`,
    body: `Body of review ${i}.`,
    date: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString().slice(0, 10),
    language: i % 3 === 0 ? 'sv' : 'en',
    provenance: i % 2 === 0 ? 'verified-purchase' : 'organic',
    helpful: { up: i % 7, down: 0 },
  };
}

export function generatedFeed(count, page = 1, size = count) {
  const all = Array.from({ length: count }, (_, i) => review(i + 1));
  const start = (page - 1) * size;
  const reviews = all.slice(start, start + size);
  const sum = all.reduce((a, r) => a + r.rating, 0);
  const distribution = {};
  for (const r of all) distribution[r.rating] = (distribution[r.rating] ?? 0) + 1;
  return {
    version: 1,
    product: { id: 'https://shop.example/p/generated#product', name: 'Generated product' },
    disclosure: { verification: 'some-verified', description: 'Generated for tests.' },
    aggregate: { rating: Math.round((sum / count) * 100) / 100, reviewCount: count, distribution },
    reviews,
    total: count,
    ...(start + size < count ? { next: `/test-feed/reviews?count=${count}&page=${page + 1}&size=${size}` } : {}),
  };
}

/** Koa middleware for the test runner's dev server. */
export function feedMiddleware() {
  return async function testFeed(context, next) {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/test-feed/')) return next();
    const route = url.pathname.slice('/test-feed/'.length);
    const json = (body, status = 200) => {
      context.status = status;
      context.type = 'application/json';
      context.body = JSON.stringify(body);
    };
    if (route === 'reviews') {
      const page = Number(url.searchParams.get('page') ?? 1);
      if (page > 1) await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
      const count = Number(url.searchParams.get('count') ?? 20);
      const size = Number(url.searchParams.get('size') ?? count);
      const body = generatedFeed(count, page, size);
      if (body.next && url.searchParams.has('ms')) body.next += `&ms=${url.searchParams.get('ms')}`;
      return json(body);
    }
    if (route.startsWith('status/')) {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
      return json({ error: 'nope' }, Number(route.slice(7)));
    }
    if (route === 'html') {
      context.type = 'text/html';
      context.body = '<!doctype html><p>not json</p>';
      return undefined;
    }
    if (route === 'malformed') {
      context.type = 'application/json';
      context.body = '{"version":1,"reviews":[';
      return undefined;
    }
    if (route === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
      return json(generatedFeed(3));
    }
    if (route === 'loop') {
      const id = url.searchParams.get('id') ?? '';
      const hits = countRequest(id);
      return json({ version: 1, reviews: [review(hits)], total: 50, next: `/test-feed/loop?id=${id}` });
    }
    if (route === 'flaky') {
      const id = `flaky:${url.searchParams.get('id') ?? ''}`;
      return countRequest(id) === 1 ? json({ error: 'first time' }, 500) : json(generatedFeed(3));
    }
    if (route === 'flaky-pages') {
      const id = url.searchParams.get('id') ?? '';
      const page = Number(url.searchParams.get('page') ?? 1);
      const key = `flaky-pages:${id}:${page}`;
      if (countRequest(key) === 1 && page === 2) return json({ error: 'first time' }, 500);
      const body = generatedFeed(30, page, 10);
      if (body.next) body.next = `/test-feed/flaky-pages?id=${id}&page=${page + 1}`;
      return json(body);
    }
    if (route === 'hits') return json({ hits: requestCounts.get(url.searchParams.get('id') ?? '') ?? 0 });
    if (route === 'ten-point') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const rated = (i, rating) => ({ ...review(i), rating });
      return page === 1
        ? json({ version: 1, scale: { best: 10, worst: 1 }, reviews: [rated(1, 10), rated(2, 9)], total: 3, next: '/test-feed/ten-point?page=2' })
        : json({ version: 1, reviews: [rated(3, 5)], total: 3 });
    }
    if (route === 'huge') return json({ version: 1, reviews: [], pad: 'x'.repeat(6_000_000) });
    if (route === 'redirect') {
      context.status = 302;
      context.redirect('/test-feed/reviews?count=2');
      return undefined;
    }
    return next();
  };
}

/**
 * `npm start`: serves the demo shop on http://127.0.0.1:PORT (default 8080).
 *
 *   /                 the product page (loads only dist/cdn/trust-signals.js)
 *   /ssr.html         the same page rendered on the server (declarative
 *                     shadow DOM and JSON-LD already in the HTML)
 *   /api/reviews      the review feed, paged (?page=N), for `src` loading
 *   POST /api/reviews accepts a review from the form (kept in memory)
 *
 * Every page is sent with a strict Content-Security-Policy, including
 * Trusted Types, to show the library needs nothing looser.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html trust-signals-jsonld',
].join('; ');

/**
 * Declarative shadow DOM carries each element's styles in <style> elements,
 * which a strict style-src blocks. The policy lists their hashes instead of
 * allowing inline styles: only these exact style sheets may apply.
 */
function withStyleHashes(csp, page) {
  const hashes = new Set();
  for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }
  return csp.replace("style-src 'self'", `style-src 'self' ${[...hashes].join(' ')}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Files a browser may fetch: the demo folder and the built library. */
function staticPath(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, clean === '/' ? 'demo/index.html' : clean.startsWith('/dist/') ? clean : join('demo', clean));
  return file.startsWith(join(root, 'demo')) || file.startsWith(join(root, 'dist')) ? file : undefined;
}

const submitted = [];
const PAGE_SIZE = 10;

/** One page of the demo feed, as /api/reviews?page=N serves it. */
export async function feedPage(page) {
  const feed = JSON.parse(await readFile(join(root, 'demo/data/reviews.json'), 'utf8'));
  const all = [...submitted, ...feed.reviews];
  const start = (page - 1) * PAGE_SIZE;
  const next = start + PAGE_SIZE < all.length ? `/api/reviews?page=${page + 1}` : undefined;
  return { ...feed, reviews: all.slice(start, start + PAGE_SIZE), total: all.length, ...(next ? { next } : {}) };
}

function send(res, status, type, body, csp = CSP) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

async function readJsonBody(req, limit = 100_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function createDemoServer() {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (url.pathname === '/api/reviews' && req.method === 'POST') {
        const review = await readJsonBody(req);
        const stored = { ...review, id: `new-${submitted.length + 1}`, date: new Date().toISOString().slice(0, 10), provenance: 'organic' };
        submitted.unshift(stored);
        return send(res, 201, 'application/json', JSON.stringify({ ok: true, id: stored.id, status: 'pending-moderation' }));
      }
      if (url.pathname === '/api/reviews') {
        const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
        return send(res, 200, 'application/json', JSON.stringify(await feedPage(page)));
      }
      if (url.pathname === '/ssr.html') {
        const { renderDemoPage } = await import('./ssr.mjs');
        const page = await renderDemoPage({ pageUrl: url.href, lang: url.searchParams.get('lang') ?? 'en' });
        return send(res, 200, TYPES['.html'], page, withStyleHashes(CSP, page));
      }
      const file = staticPath(url.pathname);
      if (!file) return send(res, 404, 'text/plain', 'Not found');
      const body = await readFile(file);
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT';
      return send(res, missing ? 404 : 500, 'text/plain', missing ? 'Not found' : 'Server error');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  createDemoServer().listen(port, host, () => {
    console.log(`trust-signals demo shop: http://${host}:${port}/`);
    console.log(`server-rendered version:  http://${host}:${port}/ssr.html`);
  });
}

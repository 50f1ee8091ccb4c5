/**
 * Server rendering of the BUILT elements with @lit-labs/ssr: catches build
 * problems (untransformed syntax, DOM use at import time) that tests of the
 * sources cannot see.
 */
import { test } from 'node:test';
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

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/review-list/review-list.js';
import '../../src/components/review-summary/review-summary.js';
import { captureConsole, shadowText } from './helpers.js';
it('smoke', async () => {
  const log = captureConsole();
  const feed = await (await fetch(new URL('../../demo/data/reviews.json', import.meta.url))).json();
  const el = await fixture(html`<div><trust-review-summary for="l"></trust-review-summary><trust-review-list id="l" .data=${feed} .now=${Date.parse('2026-12-01')}></trust-review-list></div>`);
  await new Promise((r) => setTimeout(r, 300));
  log.restore();
  const list = el.querySelector('trust-review-list')!;
  const sum = el.querySelector('trust-review-summary')!;
  console.log(log.errors.join('\n'), log.warnings.join('\n'));
  console.log(shadowText(sum).replace(/\s+/g, ' ').slice(0, 800));
  console.log(shadowText(list).replace(/\s+/g, ' ').slice(0, 1500));
  console.log(document.head.querySelector('script[type="application/ld+json"]')?.textContent?.slice(0, 600));
  expect(1).to.equal(1);
});

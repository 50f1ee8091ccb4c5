import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review-summary/review-summary.js';
import '../../src/components/review-list/review-list.js';
import type { TrustReviewSummary } from '../../src/components/review-summary/review-summary.component.js';
import type { TrustReviewList } from '../../src/components/review-list/review-list.component.js';
import { checkAccessibilityTree, captureConsole, loadPageStylesheet, part, parts, shadowText, type ConsoleCapture } from './helpers.js';

function feed(ratings: number[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    disclosure: { verification: 'not-verified' },
    reviews: ratings.map((rating, i) => ({ id: `r${i}`, author: `Person ${i}`, rating, date: '2026-01-01', provenance: 'organic', title: `T${i}` })),
    ...extra,
  };
}

const settle = async (...els: Element[]) => {
  for (let i = 0; i < 4; i++) {
    await Promise.all(els.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    await new Promise((r) => setTimeout(r));
  }
};

const bars = (el: Element) => parts(el, '[part="bar"]');
const label = (el: Element) => part(part(el, 'trust-star-rating'), '[part="base"]').getAttribute('aria-label');

describe('<trust-review-summary>', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('shows the average, the count and the distribution with counts and percentages', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([5, 5, 4, 2])}></trust-review-summary>`);
    await settle(el);
    expect(part(el, '.value').textContent!.trim()).to.equal('4');
    expect(label(el)).to.equal('4 out of 5 stars, 4 reviews');
    expect(part(el, '.based').textContent).to.equal('Based on 4 reviews');
    // Spoken as one phrase in the locale's punctuation; seen as stars, count and percentage (hidden from screen readers).
    expect(bars(el).map((b) => b.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
      '5 stars, 2 reviews, 50%',
      '4 stars, 1 review, 25%',
      '3 stars, 0 reviews, 0%',
      '2 stars, 1 review, 25%',
      '1 star, 0 reviews, 0%',
    ]);
    const seen = (b: Element) => [...b.querySelectorAll('[aria-hidden="true"]:not(svg)')].map((s) => s.textContent!.trim()).join(' ');
    expect(bars(el).map(seen)).to.deep.equal(['5 stars 2 50%', '4 stars 1 25%', '3 stars 0 0%', '2 stars 1 25%', '1 star 0 0%']);
    expect(bars(el).map((b) => b.querySelector('rect.fill')!.getAttribute('width'))).to.deep.equal(['50', '25', '0', '25', '0']);
  });

  it('with only a number of ratings (no written reviews counted) it shows the average, based on ratings', async () => {
    const el = await fixture<TrustReviewSummary>(
      html`<trust-review-summary .data=${{ version: 1, reviews: [], total: 0, aggregate: { rating: 4.2, reviewCount: 0, ratingCount: 50 } }}></trust-review-summary>`,
    );
    await settle(el);
    expect(label(el)).to.equal('4.2 out of 5 stars');
    expect(part(el, '.based').textContent!.trim()).to.equal('Based on 50 ratings');
    expect(part(el, '.based').hasAttribute('aria-hidden')).to.equal(false);
    expect(shadowText(el)).not.to.match(/No ratings yet|0 reviews/);
    const withBars = await fixture<TrustReviewSummary>(
      html`<trust-review-summary .data=${{ version: 1, reviews: [], total: 0, aggregate: { rating: 4.2, reviewCount: 0, ratingCount: 50, distribution: { 5: 30, 4: 10, 3: 5, 2: 3, 1: 2 } } }}></trust-review-summary>`,
    );
    await settle(withBars);
    expect(bars(withBars)[0]!.querySelector('.visually-hidden')!.textContent).to.equal('5 stars, 30 ratings, 60%');
  });

  it('in Arabic the bar is spoken with Arabic numbers and the Arabic comma', async () => {
    await import('../../src/translations/ar.js');
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary lang="ar" .data=${feed([5, 5, 4, 2])}></trust-review-summary>`);
    await settle(el);
    const spoken = bars(el)[0]!.querySelector('.visually-hidden')!.textContent!;
    expect(spoken).to.contain('،');
    expect(spoken).not.to.contain(',');
  });

  it('averages over all reviews; a stated aggregate that differs is reported, not shown', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([1, 2, 3], { aggregate: { rating: 4.8, reviewCount: 3 } })}></trust-review-summary>`);
    await settle(el);
    expect(label(el)).to.equal('2 out of 5 stars, 3 reviews');
    expect(log.warnings.concat(log.errors).some((m) => /aggregate\.rating/.test(m))).to.equal(true);
  });

  it('uses the stated aggregate for a paged feed, and shows no average when a paged feed has none', async () => {
    const paged = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([5], { total: 40, aggregate: { rating: 4.25, reviewCount: 40, distribution: { 5: 20, 4: 10, 3: 5, 2: 3, 1: 2 } } })}></trust-review-summary>`);
    await settle(paged);
    expect(label(paged)).to.equal('4.2 out of 5 stars, 40 reviews');
    const missing = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([5], { total: 40 })}></trust-review-summary>`);
    await settle(missing);
    expect(part(missing, '.value').textContent!.trim()).to.equal('–');
    expect(log.errors.some((e) => /aggregate: expected an aggregate over all 40 reviews/.test(e))).to.equal(true);
  });

  it('with no reviews says so and draws empty bars', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([])}></trust-review-summary>`);
    await settle(el);
    expect(label(el)).to.equal('No ratings yet');
  });

  it('bars linked to a list are buttons that filter it (mouse and keyboard), pressed state mirrors the list', async () => {
    const wrap = await fixture(html`<div>
      <trust-review-summary for="list"></trust-review-summary>
      <trust-review-list id="list" .data=${feed([5, 5, 4, 2, 1])}></trust-review-list>
    </div>`);
    const summary = wrap.querySelector<TrustReviewSummary>('trust-review-summary')!;
    const list = wrap.querySelector<TrustReviewList>('trust-review-list')!;
    await settle(summary, list);
    const buttons = () => bars(summary) as HTMLButtonElement[];
    expect(buttons().every((b) => b.localName === 'button')).to.equal(true);
    await checkAccessibilityTree((nodes) => {
      // What a screen reader announces (a space the browser puts before the comma is not spoken).
      const names = nodes.filter((n) => n.role === 'button' && /^5 stars/.test(n.name ?? '')).map((n) => n.name);
      expect(names).to.deep.equal(['5 stars, 2 reviews, 40%']);
    });
    expect(buttons()[2]!.disabled).to.equal(true); // no 3-star reviews: nothing to show
    buttons()[0]!.click();
    await settle(summary, list);
    expect(list.currentFilters.stars).to.deep.equal([5]);
    expect(buttons()[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(list, '[part="status"]').textContent!.trim()).to.equal('Showing 2 of 5 reviews');
    expect(label(summary)).to.equal('3.4 out of 5 stars, 5 reviews');
    buttons()[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary, list);
    expect(list.currentFilters.stars).to.deep.equal([4]);
    await sendKeys({ press: ' ' }); // Space
    await settle(summary, list);
    expect(list.currentFilters.stars).to.deep.equal([]);
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
    buttons()[4]!.click();
    await settle(summary, list);
    const clear = part<HTMLButtonElement>(summary, '.clear');
    expect(clear.hidden).to.equal(false);
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary, list);
    expect(list.currentFilters.stars).to.deep.equal([]);
    // The button hid itself: focus moved to the first bar, not to the page.
    expect(summary.shadowRoot!.activeElement).to.equal(buttons()[0]);
  });

  it('linked to a list whose data fails to load, it stops saying it is busy', async () => {
    const wrap = await fixture(html`<div>
      <trust-review-summary for="failing"></trust-review-summary>
      <trust-review-list id="failing" src="/test-feed/status/500?ms=400"></trust-review-list>
    </div>`);
    const summary = wrap.querySelector<TrustReviewSummary>('trust-review-summary')!;
    expect(part(summary, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    const start = performance.now();
    while (part(summary, '[part="base"]').getAttribute('aria-busy') !== 'false' && performance.now() - start < 5000) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(part(summary, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
  });

  it('"Try again" keeps focus in the summary once it has loaded', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary src=${`/test-feed/flaky?id=${Math.random()}`}></trust-review-summary>`);
    const start = performance.now();
    while (!el.shadowRoot!.querySelector('.failed button') && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 25));
    part(el, '.failed button').focus();
    await sendKeys({ press: 'Enter' });
    while (!label(el)?.includes('3 reviews') && performance.now() - start < 8000) await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="base"]'));
  });

  it('a failed src load says so and offers a retry', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary src="/test-feed/status/500"></trust-review-summary>`);
    const start = performance.now();
    while (!el.shadowRoot!.querySelector('[role="alert"]') && performance.now() - start < 4000) await new Promise((r) => setTimeout(r, 20));
    expect(part(el, '[role="alert"]').textContent).to.contain('The reviews could not be loaded.');
    el.src = '/test-feed/reviews?count=4';
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(label(el)).to.match(/out of 5 stars, 4 reviews$/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('reports a `for` that names no element, or one that is not a list (without an unhandled rejection)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await fixture(html`<trust-review-summary for="nope" .data=${feed([5])}></trust-review-summary>`);
      await fixture(html`<div><div id="plain"></div><trust-review-summary for="plain" .data=${feed([5])}></trust-review-summary></div>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(log.errors.filter((e) => /for: expected the id of a <trust-review-list>/.test(e))).to.have.length(2);
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('a paged feed without an aggregate is "Not rated", not "No ratings yet"', async () => {
    const el = await fixture<TrustReviewSummary>(html`<trust-review-summary .data=${feed([5, 4], { next: '/page2' })}></trust-review-summary>`);
    await settle(el);
    expect(label(el)).to.equal('Not rated');
  });

  describe('accessibility (axe)', () => {
    before(() => loadPageStylesheet());
    it('alone, linked, filtered, empty, RTL and dark: no violations', async () => {
      const wrap = await fixture(html`<div>
        <trust-review-summary .data=${feed([5, 4, 4, 1])}></trust-review-summary>
        <trust-review-summary .data=${feed([])}></trust-review-summary>
        <trust-review-summary for="l2"></trust-review-summary>
        <trust-review-list id="l2" .data=${feed([5, 3])}></trust-review-list>
        <div dir="rtl" lang="ar"><trust-review-summary .data=${feed([5, 2])}></trust-review-summary></div>
        <div class="trust-theme-dark" style="background:#0d1117;color:#e6edf3"><trust-review-summary .data=${feed([5, 2])}></trust-review-summary></div>
      </div>`);
      const all = [...wrap.querySelectorAll('trust-review-summary, trust-review-list')];
      await settle(...all);
      wrap.querySelector<TrustReviewList>('trust-review-list')!.filterStars(5);
      await settle(...all);
      await expect(wrap).to.be.accessible();
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review-list/review-list.js';
import '../../src/components/review-summary/review-summary.js';
import type { TrustReviewList } from '../../src/components/review-list/review-list.component.js';
import { captureConsole, FORBIDDEN_TEXT, loadPageStylesheet, part, parts, shadowText, type ConsoleCapture } from './helpers.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function review(i: number, extra: Record<string, unknown> = {}) {
  return {
    id: `r${i}`,
    author: { name: `Person ${i} Example`, display: 'first-initial' },
    rating: (i % 5) + 1,
    title: `Title ${i}`,
    body: `Body ${i}`,
    date: `2026-${String((i % 9) + 1).padStart(2, '0')}-1${i % 10}`,
    language: i % 2 ? 'en' : 'sv',
    provenance: i % 3 ? 'verified-purchase' : 'organic',
    helpful: { up: i, down: 0 },
    ...extra,
  };
}

function feed(count: number, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    product: { id: 'https://shop.example/p/x#product', name: 'Test kettle' },
    disclosure: { verification: 'verified-buyers-only', description: 'We send invitations after delivery.', policyUrl: '/policy' },
    reviews: Array.from({ length: count }, (_, i) => review(i + 1)),
    ...extra,
  };
}

async function settle(el: TrustReviewList): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
  }
  await Promise.all(cards(el).map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

const cards = (el: Element) => parts(el, 'trust-review');
const titles = (el: Element) => cards(el).map((c) => c.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim());
const status = (el: Element) => part(el, '[part="status"]').textContent!.trim();

async function waitFor(check: () => boolean, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<trust-review-list> data channels', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('renders from the data property', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(3)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(3);
    expect(log.errors).to.deep.equal([]);
  });

  it('renders from an inline JSON child, and re-reads it when it changes', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .now=${NOW}>
      <script type="application/json">${JSON.stringify(feed(2))}</script>
    </trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(2);
    el.querySelector('script')!.textContent = JSON.stringify(feed(4));
    await waitFor(() => cards(el).length === 4);
  });

  it('reports HTML-escaped inline JSON clearly and shows the error state', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list>
      <script type="application/json">{&quot;version&quot;:1}</script>
    </trust-review-list>`);
    await settle(el);
    expect(log.errors.some((e) => /inline JSON: expected valid JSON \(it looks HTML-escaped/.test(e))).to.equal(true);
    expect(part(el, '[role="alert"]').textContent).to.contain('The reviews could not be loaded.');
  });

  it('ignores scripts of other types and never runs them', async () => {
    (window as unknown as { hacked?: boolean }).hacked = false;
    const el = await fixture<TrustReviewList>(html`<trust-review-list .now=${NOW}>
      <script type="text/plain">{"version":1,"reviews":[]}</script>
      <script type="application/json">${JSON.stringify(feed(1))}</script>
    </trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(1);
  });

  it('loads from src with a loading state, then renders', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/slow?ms=300" .now=${NOW}></trust-review-list>`);
    expect(part(el, '.placeholder').textContent).to.contain('Loading reviews');
    await waitFor(() => cards(el).length === 3);
  });

  const faults: Array<[string, string, RegExp]> = [
    ['HTTP 500', '/test-feed/status/500', /src: expected a successful response, got "HTTP 500"/],
    ['wrong content type', '/test-feed/html', /src: expected a JSON response \(content-type application\/json\), got "text\/html/],
    ['malformed JSON', '/test-feed/malformed', /src: expected valid JSON/],
    ['a body over the size cap', '/test-feed/huge', /src: expected a response of at most 5000000 bytes/],
    ['a redirect', '/test-feed/redirect', /src: expected a reachable URL/],
    ['a javascript: URL', 'javascript:alert(1)', /src: expected an http\(s\) URL, got "javascript:alert\(1\)"/],
  ];
  for (const [name, src, message] of faults) {
    it(`shows an error with a retry for ${name}`, async () => {
      const el = await fixture<TrustReviewList>(html`<trust-review-list src=${src}></trust-review-list>`);
      await waitFor(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 8000);
      expect(log.errors.some((e) => message.test(e)), log.errors.join('\n')).to.equal(true);
      const retry = part(el, '[role="alert"] button');
      expect(retry.textContent!.trim()).to.equal('Try again');
      expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
    });
  }

  it('times out a slow feed, and the retry button loads again', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/slow?ms=600" .now=${NOW}></trust-review-list>`);
    // A short time-out for the test: the data source reads it from its options.
    (el as unknown as { source: { options: { timeoutMs: number } } }).source.options.timeoutMs = 100;
    el.src = '/test-feed/slow?ms=601';
    await waitFor(() => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(log.errors.some((e) => /src: expected a response within 100 ms/.test(e))).to.equal(true);
    (el as unknown as { source: { options: { timeoutMs: number } } }).source.options.timeoutMs = 5000;
    part(el, '[role="alert"] button').click();
    await waitFor(() => cards(el).length === 3);
  });

  it('aborts a load when src changes or the element leaves the page', async () => {
    const seen: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      init?.signal?.addEventListener('abort', () => seen.push(`aborted ${String(input)}`));
      return original(input, init);
    };
    try {
      const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/slow?ms=500"></trust-review-list>`);
      el.src = '/test-feed/reviews?count=2';
      await waitFor(() => cards(el).length === 2);
      expect(seen.some((s) => s.includes('slow?ms=500'))).to.equal(true);
      el.src = '/test-feed/slow?ms=700';
      await el.updateComplete;
      el.remove();
      await waitFor(() => seen.some((s) => s.includes('slow?ms=700')));
    } finally {
      window.fetch = original;
    }
  });

  it('reads the reviews from the page\'s own schema.org JSON-LD with use-page-jsonld', async () => {
    const block = document.createElement('script');
    block.type = 'application/ld+json';
    block.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Theme kettle',
      review: [
        { '@type': 'Review', author: { '@type': 'Person', name: 'Ada L' }, reviewRating: { '@type': 'Rating', ratingValue: '4' }, reviewBody: 'From the theme', datePublished: '2026-01-02' },
      ],
    });
    document.head.append(block);
    try {
      const el = await fixture<TrustReviewList>(html`<trust-review-list use-page-jsonld .now=${NOW}></trust-review-list>`);
      await waitFor(() => cards(el).length === 1); // the importer loads on demand
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      // The theme's markup already describes these reviews: nothing is added (no duplicates).
      expect(document.querySelectorAll('script[data-trust-signals-jsonld]')).to.have.length(0);
      expect(shadowText(cards(el)[0]!)).to.contain('From the theme');
      expect(shadowText(cards(el)[0]!)).to.contain('Imported');
    } finally {
      block.remove();
    }
  });
});

describe('<trust-review-list> validation', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('leaves out each invalid review with one error naming its path; the valid ones render in order', async () => {
    const data = feed(5);
    (data.reviews[1] as Record<string, unknown>).rating = 'abc';
    (data.reviews[3] as Record<string, unknown>).date = '2024-02-30';
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} sort="lowest" .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(3);
    expect(log.errors.some((e) => e.startsWith('[trust-signals] <trust-review-list> reviews[1].rating'))).to.equal(true);
    expect(log.errors.some((e) => e.startsWith('[trust-signals] <trust-review-list> reviews[3].date'))).to.equal(true);
    expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
  });

  it('does not execute or create markup from hostile content in any field', async () => {
    const hostile = await (await fetch(new URL('../../demo/data/reviews-hostile.json', import.meta.url))).json();
    (window as unknown as { __xss?: number }).__xss = 0;
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${hostile} .now=${NOW} page-size="50"></trust-review-list>`);
    await settle(el);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(0);
    const allowed = new Set(['article', 'div', 'p', 'bdi', 'span', 'time', 'button', 'ul', 'li', 'img', 'dialog', 'section', 'trust-star-rating', 'svg', 'path']);
    for (const card of cards(el)) {
      for (const node of card.shadowRoot!.querySelectorAll('*')) expect(allowed.has(node.localName), node.localName).to.equal(true);
      for (const img of card.shadowRoot!.querySelectorAll('img')) {
        expect(new URL(img.src).protocol).to.match(/^https?:$/);
        expect(new URL(img.src).hostname).to.equal(location.hostname);
      }
      for (const node of card.shadowRoot!.querySelectorAll('*')) {
        for (const attr of node.attributes) expect(attr.name.startsWith('on'), attr.name).to.equal(false);
      }
    }
    const text = cards(el).map((c) => shadowText(c)).join('\n');
    expect(text).to.contain('<script>alert(1)</script>');
    expect(text).not.to.match(FORBIDDEN_TEXT);
  });
});

describe('<trust-review-list> sorting, filtering, search, paging', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('sorts newest first by default, and by highest, lowest and most helpful', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(6)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    const select = part<HTMLSelectElement>(el, '[part="toolbar"] select');
    expect(titles(el)).to.deep.equal(['Title 6', 'Title 5', 'Title 4', 'Title 3', 'Title 2', 'Title 1']);
    for (const [sort, expected] of [
      ['highest', ['Title 4', 'Title 3', 'Title 2', 'Title 1', 'Title 6', 'Title 5']],
      ['lowest', ['Title 5', 'Title 1', 'Title 6', 'Title 2', 'Title 3', 'Title 4']],
      ['most-helpful', ['Title 6', 'Title 5', 'Title 4', 'Title 3', 'Title 2', 'Title 1']],
    ] as const) {
      select.value = sort;
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(titles(el), sort).to.deep.equal(expected);
    }
  });

  it('filters by stars, photos, verified purchases and language, and always says "Showing X of Y"', async () => {
    const data = feed(10);
    (data.reviews[0] as Record<string, unknown>).photos = [{ url: '/img/a.png', alt: 'A kettle' }];
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(status(el)).to.equal('');
    el.filterStars(2);
    await settle(el);
    expect(cards(el)).to.have.length(2);
    expect(status(el)).to.equal('Showing 2 of 10 reviews');
    el.clearFilters();
    const checks = parts<HTMLInputElement>(el, '[part="toolbar"] input[type="checkbox"]');
    checks[0]!.click(); // with photos
    await settle(el);
    expect(status(el)).to.equal('Showing 1 of 10 reviews');
    checks[0]!.click();
    checks[1]!.click(); // verified only
    await settle(el);
    expect(status(el)).to.equal('Showing 7 of 10 reviews');
    const language = parts<HTMLSelectElement>(el, '[part="toolbar"] select')[2]!;
    expect([...language.options].map((o) => o.textContent!.trim())).to.deep.equal(['All languages', 'English', 'Swedish']);
    language.value = 'sv';
    language.dispatchEvent(new Event('change'));
    await settle(el);
    expect(status(el)).to.equal('Showing 4 of 10 reviews');
  });

  it('searches case- and accent-insensitively after typing', async () => {
    const data = feed(3);
    (data.reviews[2] as Record<string, unknown>).body = 'Kokar snabbt, ÄPPLE-grön färg';
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} .now=${NOW}></trust-review-list>`);
    await settle(el);
    part<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'apple' });
    await waitFor(() => cards(el).length === 1);
    expect(status(el)).to.equal('Showing 1 of 3 reviews');
  });

  it('has no option to hide low ratings, and the summary keeps counting all reviews under a filter', async () => {
    const wrapper = await fixture(html`<div>
      <trust-review-summary for="list"></trust-review-summary>
      <trust-review-list id="list" .data=${feed(10)} .now=${NOW}></trust-review-list>
    </div>`);
    const el = wrapper.querySelector<TrustReviewList>('trust-review-list')!;
    await settle(el);
    expect(Object.keys(el.currentFilters)).to.deep.equal(['sort', 'stars', 'withPhotos', 'verifiedOnly', 'language', 'search']);
    expect([...el.attributes].map((a) => a.name)).not.to.include('min-rating');
    const summary = wrapper.querySelector('trust-review-summary')!;
    const before = shadowText(summary);
    el.filterStars(5);
    await settle(el);
    expect(shadowText(summary).replace(/aria-pressed="?\w+"?/g, '')).to.contain('Based on 10 reviews');
    expect(before).to.contain('Based on 10 reviews');
  });

  it('"Show more" pages through a large set, keeping only the shown cards in the DOM, and moves focus to the first new card', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(25)} page-size="10" .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(10);
    const more = part(el, '[part="paging"] button');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(cards(el)).to.have.length(20);
    expect(el.shadowRoot!.activeElement?.querySelector('trust-review')).to.equal(cards(el)[10]);
    part(el, '[part="paging"] button').click();
    await settle(el);
    expect(cards(el)).to.have.length(25);
    expect(el.shadowRoot!.querySelector('[part="paging"]')).to.equal(null);
  });

  it('numbered pages: page buttons with aria-current, previous and next', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(25)} paging="pages" page-size="10" .now=${NOW}></trust-review-list>`);
    await settle(el);
    const buttons = () => parts<HTMLButtonElement>(el, '[part="paging"] button');
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['Previous page', '1', '2', '3', 'Next page']);
    expect(buttons()[1]!.getAttribute('aria-current')).to.equal('page');
    buttons()[3]!.click();
    await settle(el);
    expect(cards(el)).to.have.length(5);
    expect(buttons()[3]!.getAttribute('aria-current')).to.equal('page');
    expect(buttons()[4]!.disabled).to.equal(true);
  });

  it('loads further pages from the feed\'s next link', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/reviews?count=25&size=10" page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 10);
    part(el, '[part="paging"] button').click();
    await waitFor(() => cards(el).length === 20);
    part(el, '[part="paging"] button').click();
    await waitFor(() => cards(el).length === 25);
    expect(new Set(cards(el).map((c) => (c as unknown as { review: { id: string } }).review.id)).size).to.equal(25);
  });

  it('filtering a paged feed loads the remaining pages first, so no matching review is out of reach', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/reviews?count=30&size=10" page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 10);
    el.filterStars(1);
    await waitFor(() => el.feed?.reviews.length === 30);
    await settle(el);
    expect(cards(el)).to.have.length(6);
    expect(status(el)).to.equal('Showing 6 of 30 reviews');
    expect(el.shadowRoot!.querySelector('[part="paging"]')).to.equal(null);
  });

  it('a feed whose next link loops is stopped after one repeat, with an error naming next', async () => {
    const id = String(Math.random()).slice(2);
    const el = await fixture<TrustReviewList>(html`<trust-review-list src=${`/test-feed/loop?id=${id}`} page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 1);
    el.filterStars(2); // needs every page: walks the next links
    await waitFor(() => log.errors.some((e) => /next: expected a page not loaded before/.test(e)));
    await new Promise((r) => setTimeout(r, 300));
    const { hits } = await (await fetch(`/test-feed/hits?id=${id}`)).json();
    expect(hits).to.equal(1); // the page itself, never again
    await settle(el);
    expect(status(el)).to.match(/^Showing \d+ of 50 reviews$/);
  });

  it('a next page that failed can be tried again (it is not taken for a loop)', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src=${`/test-feed/flaky-pages?id=${Math.random()}`} page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 10);
    part(el, '[part="paging"] button').click();
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="paging"] [role="alert"]'));
    part(el, '[part="paging"] button').click();
    await waitFor(() => cards(el).length === 20);
    expect(log.errors.filter((e) => /not loaded before/.test(e))).to.deep.equal([]);
  });

  it('later pages are read on the scale of the first page', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/ten-point" page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 2);
    part(el, '[part="paging"] button').click();
    await waitFor(() => cards(el).length === 3);
    await settle(el);
    const labels = cards(el).map((c) => c.shadowRoot!.querySelector('trust-star-rating')!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['10 out of 10 stars', '9 out of 10 stars', '5 out of 10 stars']);
  });

  it('a feed that states a huge total pages by arithmetic: a few page buttons, no freeze', async () => {
    const el = await fixture<TrustReviewList>(
      html`<trust-review-list .data=${feed(3, { total: 1e12 })} paging="pages" page-size="10" .now=${NOW}></trust-review-list>`,
    );
    await settle(el);
    const labels = parts<HTMLButtonElement>(el, '[part="paging"] button').map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Previous page', '1', '2', '3', '100,000,000,000', 'Next page']);
  });

  it('moving the list while "Show more" loads shows no false error', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/reviews?count=30&size=10" page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 10);
    const parent = el.parentElement!;
    part(el, '[part="paging"] button').click();
    el.remove();
    parent.append(el);
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="paging"] [role="alert"]')).to.equal(null);
    expect(log.errors.filter((e) => /not cancelled/.test(e))).to.deep.equal([]);
  });

  it('holds 10,000 reviews in memory but only one page in the DOM, and re-sorts it', async () => {
    const data = feed(10_000);
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(cards(el)).to.have.length(10);
    const select = part<HTMLSelectElement>(el, '[part="toolbar"] select');
    select.value = 'lowest';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(cards(el).every((c) => (c as unknown as { review: { rating: number } }).review.rating === 1)).to.equal(true);
    el.filterStars(3);
    await settle(el);
    expect(status(el)).to.equal('Showing 2,000 of 10,000 reviews');
  });
});

describe('<trust-review-list> disclosure', () => {
  it('shows the shop\'s disclosure with its policy link', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(1)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    const box = part(el, '[part="disclosure"]');
    expect(box.textContent).to.contain('Only customers who bought the product can write a review.');
    expect(box.textContent).to.contain('We send invitations after delivery.');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal(new URL('/policy', document.baseURI).href);
  });

  it('says plainly when the shop has stated nothing, and warns the developer', async () => {
    const log = captureConsole();
    try {
      const data = feed(1);
      delete (data as Partial<typeof data>).disclosure;
      const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} .now=${NOW}></trust-review-list>`);
      await settle(el);
      expect(part(el, '[part="disclosure"]').textContent).to.contain('The shop has not stated whether these reviews come from people who bought the product.');
      expect(log.warnings.some((w) => /no review-collection disclosure/.test(w))).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('drops a javascript: policy link but keeps the text', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(1, { disclosure: { verification: 'not-verified', policyUrl: 'javascript:alert(1)' } })} .now=${NOW}></trust-review-list>`);
      await settle(el);
      const box = part(el, '[part="disclosure"]');
      expect(box.querySelector('a')).to.equal(null);
      expect(box.textContent).to.contain('does not check');
    } finally {
      log.restore();
    }
  });
});

describe('<trust-review-list> focus and announcements', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('the status region is in the page before any filter, and clearing a filter is announced too', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(12)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    const region = part(el, '[part="status"]');
    expect(region.getAttribute('role')).to.equal('status');
    expect(getComputedStyle(region).display).not.to.equal('none');
    el.filterStars(5);
    await settle(el);
    expect(part(el, '[part="status"]')).to.equal(region); // the same live region, now with text
    expect(region.textContent!.trim()).to.match(/^Showing \d+ of 12 reviews$/);
    el.clearFilters();
    await settle(el);
    expect(region.textContent!.trim()).to.equal('Showing all 12 reviews');
    expect(region.classList.contains('visually-hidden')).to.equal(true);
  });

  it('"Clear filters" keeps focus in the toolbar (the search box) and cancels a search still being typed', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(12)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    const search = part<HTMLInputElement>(el, '[part="toolbar"] input[type="search"]');
    search.focus();
    await sendKeys({ type: 'Review 1' });
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    search.value = 'Review 2'; // typed, not yet applied
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const clear = parts<HTMLButtonElement>(el, '[part="toolbar"] button').find((b) => /Clear filters/.test(b.textContent!))!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(el.currentFilters.search).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="toolbar"] input[type="search"]'));
  });

  it('"Try again" keeps focus in the list: on the new button when it fails again, on the list when it loads', async () => {
    const failing = await fixture<TrustReviewList>(html`<trust-review-list src="/test-feed/status/500"></trust-review-list>`);
    await waitFor(() => !!failing.shadowRoot!.querySelector('[role="alert"] button'));
    part(failing, '[role="alert"] button').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => failing.shadowRoot!.activeElement?.localName === 'button');
    expect(failing.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Try again');

    const flaky = await fixture<TrustReviewList>(html`<trust-review-list src=${`/test-feed/flaky?id=${Math.random()}`}></trust-review-list>`);
    await waitFor(() => !!flaky.shadowRoot!.querySelector('[role="alert"] button'));
    part(flaky, '[role="alert"] button').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => cards(flaky).length === 3);
    await settle(flaky);
    expect(flaky.shadowRoot!.activeElement).to.equal(part(flaky, 'section[part="base"]'));
  });

  it('a shopper who moved on while a retry loads keeps their place', async () => {
    const wrap = await fixture(html`<div><input id="elsewhere" /><trust-review-list src=${`/test-feed/flaky?id=${Math.random()}`}></trust-review-list></div>`);
    const el = wrap.querySelector<TrustReviewList>('trust-review-list')!;
    await waitFor(() => !!el.shadowRoot!.querySelector('[role="alert"] button'));
    part(el, '[role="alert"] button').click();
    wrap.querySelector<HTMLInputElement>('#elsewhere')!.focus();
    await waitFor(() => cards(el).length === 3);
    await settle(el);
    expect(document.activeElement).to.equal(wrap.querySelector('#elsewhere'));
  });

  it('"Show more" moves focus to the first new review, unless the shopper moved on while it loaded', async () => {
    const wrap = await fixture(html`<div><input id="elsewhere" /><trust-review-list src="/test-feed/reviews?count=30&size=10&ms=400" page-size="10"></trust-review-list></div>`);
    const el = wrap.querySelector<TrustReviewList>('trust-review-list')!;
    await waitFor(() => cards(el).length === 10);
    part(el, '[part="paging"] button').focus();
    await sendKeys({ press: 'Enter' });
    wrap.querySelector<HTMLInputElement>('#elsewhere')!.focus();
    await waitFor(() => cards(el).length === 20);
    await settle(el);
    expect(document.activeElement).to.equal(wrap.querySelector('#elsewhere'));
    part(el, '[part="paging"] button').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => cards(el).length === 30);
    await settle(el);
    expect(el.shadowRoot!.activeElement?.querySelector('trust-review')).to.equal(cards(el)[20]);
  });

  it('after a filter, retrying a failed page loads the rest, so every match is reachable', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list src=${`/test-feed/flaky-pages?id=${Math.random()}`} page-size="10"></trust-review-list>`);
    await waitFor(() => cards(el).length === 10);
    el.filterStars(5);
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="paging"] [role="alert"]'));
    part(el, '[part="paging"] button').click();
    await waitFor(() => el.feed?.reviews.length === 30);
    await settle(el);
    expect(status(el)).to.equal('Showing 6 of 30 reviews');
  });

  it('the disclosure heading sits at the level of the review titles, not above them', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(2)} heading-level="4" .now=${NOW}></trust-review-list>`);
    await settle(el);
    expect(part(el, '[part="disclosure"] [role="heading"]').getAttribute('aria-level')).to.equal('4');
    const card = cards(el)[0]!;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level') ?? card.shadowRoot!.querySelector('[part="title"]')!.localName).to.match(/4|h4/);
  });
});

describe('<trust-review-list> accessibility (axe)', () => {
  before(() => loadPageStylesheet());
  const states: Array<[string, () => ReturnType<typeof html>]> = [
    ['many reviews', () => html`<trust-review-list .data=${feed(12)} .now=${NOW}></trust-review-list>`],
    ['empty', () => html`<trust-review-list .data=${feed(0)} .now=${NOW}></trust-review-list>`],
    ['loading', () => html`<trust-review-list src="/test-feed/slow?ms=3000"></trust-review-list>`],
    ['error', () => html`<trust-review-list src="/test-feed/status/500"></trust-review-list>`],
    ['numbered pages', () => html`<trust-review-list .data=${feed(30)} paging="pages" .now=${NOW}></trust-review-list>`],
    ['right to left', () => html`<div dir="rtl" lang="ar"><trust-review-list .data=${feed(3)} .now=${NOW}></trust-review-list></div>`],
    ['dark', () => html`<div class="trust-theme-dark" style="background:#0d1117;color:#e6edf3;padding:1rem"><trust-review-list .data=${feed(3)} .now=${NOW}></trust-review-list></div>`],
  ];
  for (const [name, state] of states) {
    it(`${name}: no violations`, async () => {
      const log = captureConsole();
      try {
        const el = await fixture(state());
        const list = (el.localName === 'trust-review-list' ? el : el.querySelector('trust-review-list')) as TrustReviewList;
        await new Promise((r) => setTimeout(r, 150));
        await settle(list);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });
  }

  it('filtered state: no violations', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(12)} .now=${NOW}></trust-review-list>`);
    el.filterStars(1);
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('<trust-review-list> card reuse', () => {
  it('a vote stays with its review when the list re-sorts, and an opened text closes when its card shows another review', async () => {
    const data = feed(3);
    (data.reviews[2] as Record<string, unknown>).body = 'long text '.repeat(100);
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${data} .now=${NOW}></trust-review-list>`);
    await settle(el);
    const first = () => cards(el)[0]!;
    expect((first() as unknown as { review: { id: string } }).review.id).to.equal('r3');
    first().shadowRoot!.querySelector<HTMLButtonElement>('.vote')!.click();
    first().shadowRoot!.querySelector<HTMLButtonElement>('button.link')!.click();
    await settle(el);
    const select = part<HTMLSelectElement>(el, '[part="toolbar"] select');
    select.value = 'lowest';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const byId = (id: string) => cards(el).find((c) => (c as unknown as { review: { id: string } }).review.id === id)!;
    expect(byId('r3').shadowRoot!.querySelector('.vote')!.getAttribute('aria-pressed')).to.equal('true');
    expect(byId('r1').shadowRoot!.querySelector('.vote')!.getAttribute('aria-pressed')).to.equal('false');
    expect(first().shadowRoot!.querySelector('button.link')).to.equal(null);
  });
});

describe('<trust-review-list> events', () => {
  it('fires trust-filter-change on a shopper\'s filter and passes card votes through', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed(2)} .now=${NOW}></trust-review-list>`);
    await settle(el);
    setTimeout(() => el.filterStars(3));
    const change = await oneEvent(el, 'trust-filter-change');
    expect(change.detail.filters.stars).to.deep.equal([3]);
    el.clearFilters();
    await settle(el);
    const card = cards(el)[0]!;
    setTimeout(() => card.shadowRoot!.querySelector<HTMLButtonElement>('.vote')!.click());
    const vote = await oneEvent(el, 'trust-review-vote');
    expect(vote.detail).to.deep.equal({ reviewId: 'r2', vote: 'helpful' });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review/review.js';
import type { TrustReview } from '../../src/components/review/review.component.js';
import { PROVENANCES } from '../../src/core/model.js';
import { captureConsole, FORBIDDEN_TEXT, loadPageStylesheet, nextFrame, part, parts, shadowText, type ConsoleCapture } from './helpers.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function review(extra: Record<string, unknown> = {}) {
  return {
    id: 'r1',
    author: { name: 'Anna Svensson', display: 'first-initial' },
    rating: 4,
    title: 'Good kettle',
    body: 'Boils fast.\nQuiet too.',
    date: '2026-11-10',
    language: 'en',
    provenance: 'verified-purchase',
    helpful: { up: 4, down: 1 },
    ...extra,
  };
}

async function card(data: unknown, attrs = html``) {
  const el = await fixture<TrustReview>(html`<trust-review .data=${data} .now=${NOW}>${attrs}</trust-review>`);
  await el.updateComplete;
  await (el.shadowRoot!.querySelector('trust-star-rating') as unknown as { updateComplete?: Promise<unknown> })?.updateComplete;
  return el;
}

describe('<trust-review>', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('shows author, provenance, relative date with the exact date, rating, title and body', async () => {
    const el = await card(review());
    expect(part(el, '[part="author"]').textContent).to.equal('Anna S.');
    expect(part(el, '[part~="provenance"]').textContent).to.equal('Verified purchase');
    const time = part(el, 'time');
    expect(time.getAttribute('datetime')).to.equal('2026-11-10');
    expect(time.textContent).to.match(/^3 weeks ago/);
    expect(time.getAttribute('title')).to.equal('Nov 10, 2026');
    expect(time.querySelector('.visually-hidden')!.textContent).to.contain('Nov 10, 2026');
    expect(part(el, '[part="title"]').getAttribute('role')).to.equal('heading');
    expect(part(el, '[part="title"]').getAttribute('aria-level')).to.equal('3');
    expect(part(el, '[part="body"]').textContent).to.equal('Boils fast.\nQuiet too.');
    expect(getComputedStyle(part(el, '[part="body"]')).whiteSpace).to.equal('pre-line');
    const stars = part(el, 'trust-star-rating');
    expect(part(stars, '[part="base"]').getAttribute('aria-label')).to.equal('4 out of 5 stars');
    expect(log.errors).to.deep.equal([]);
  });

  it('names every provenance, never hides one, and says when the source is not stated', async () => {
    const labels: string[] = [];
    for (const provenance of [...PROVENANCES, undefined]) {
      const el = await card(review({ provenance }));
      labels.push(part(el, '[part~="provenance"]').textContent!);
    }
    expect(labels).to.deep.equal([
      'Verified purchase',
      'Invited by the shop',
      'Not verified',
      'Imported',
      'From another site',
      'Incentivized: the reviewer received a benefit',
      'Written by staff',
      'Source not stated',
    ]);
  });

  it('warns when page CSS hides the provenance label', async () => {
    const style = document.createElement('style');
    style.textContent = 'trust-review.hide::part(provenance) { display: none }';
    document.head.append(style);
    try {
      const el = await fixture<TrustReview>(html`<trust-review class="hide" .data=${review({ provenance: 'incentivized' })}></trust-review>`);
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(log.warnings.filter((w) => /provenance label is hidden by page CSS/.test(w))).to.have.length(1);
      // Moved off the card or made transparent counts as hidden too.
      for (const rule of ['position: absolute; left: -9999px', 'color: transparent']) {
        style.textContent = `trust-review.sneaky::part(provenance) { ${rule} }`;
        const sneaky = await fixture<TrustReview>(html`<trust-review class="sneaky" .data=${review({ provenance: 'staff' })}></trust-review>`);
        await sneaky.updateComplete;
        await nextFrame();
        await nextFrame();
      }
      expect(log.warnings.filter((w) => /provenance label is hidden by page CSS/.test(w))).to.have.length(3);
      // A card inside a hidden section is not a problem.
      const hiddenSection = await fixture(html`<div style="visibility: hidden"><trust-review .data=${review()}></trust-review></div>`);
      await (hiddenSection.firstElementChild as TrustReview).updateComplete;
      await nextFrame();
      await nextFrame();
      expect(log.warnings.filter((w) => /provenance label is hidden by page CSS/.test(w))).to.have.length(3);
    } finally {
      style.remove();
    }
  });

  it('anonymous authors stay anonymous; organisations keep their full name', async () => {
    const anon = await card(review({ author: { name: 'Secret Person', display: 'anonymous' } }));
    expect(part(anon, '[part="author"]').textContent).to.equal('Anonymous');
    expect(shadowText(anon)).not.to.contain('Secret');
    const org = await card(review({ author: { name: 'Acme Testing Lab', display: 'first-initial', type: 'organization' } }));
    expect(part(org, '[part="author"]').textContent).to.equal('Acme Testing Lab');
  });

  it('collapses long text behind "Read more" but keeps it whole in the DOM; the toggle works by keyboard', async () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(40);
    const el = await card(review({ body: long }));
    const body = part(el, '[part="body"]');
    expect(body.textContent).to.equal(long);
    expect(body.classList.contains('collapsed')).to.equal(true);
    const toggle = part<HTMLButtonElement>(el, 'button.link');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('body');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Read less');
    expect(body.classList.contains('collapsed')).to.equal(false);
  });

  it('lists pros and cons, and labels the merchant reply', async () => {
    const el = await card(review({ pros: ['Fast', 'Quiet'], cons: ['Short cord'], reply: { body: 'Thanks, Anna!', author: 'Fjällbo service', date: '2026-11-12' } }));
    const headings = parts(el, '.notes [role="heading"]').map((h) => h.textContent);
    expect(headings).to.deep.equal(['Pros', 'Cons']);
    expect(parts(el, '.notes li').map((li) => li.textContent)).to.deep.equal(['Fast', 'Quiet', 'Short cord']);
    const reply = part(el, '[part="reply"]');
    // The reviewer-given name is bidi-isolated (FSI … PDI) inside the translated sentence.
    expect(reply.querySelector('[role="heading"]')!.textContent).to.match(/^\s*Reply from \u2068Fjällbo service\u2069\s*· Nov 12, 2026\s*$/);
    expect(reply.querySelector('p')!.textContent).to.equal('Thanks, Anna!');
  });

  it('shows photos lazily without a referrer, opens a larger view and closes it with Escape', async () => {
    const el = await card(review({ photos: [{ url: '/img/a.png', alt: 'The kettle on a counter' }] }));
    const img = part<HTMLImageElement>(el, '.thumb img');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.src).to.equal(new URL('/img/a.png', location.href).href);
    expect(img.alt).to.equal('Show larger: The kettle on a counter');
    part<HTMLButtonElement>(el, '.thumb').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('img')!.getAttribute('alt')).to.equal('The kettle on a counter');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('drops photos from hosts that are not allowed, with a warning naming the field; text stays', async () => {
    const el = await card(review({ photos: [{ url: 'https://evil.example/x.png', alt: 'x' }] }));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(log.warnings.some((w) => /photos\[0\]\.url/.test(w))).to.equal(true);
    const allowed = await fixture<TrustReview>(html`<trust-review image-hosts="cdn.example" .data=${review({ photos: [{ url: 'https://cdn.example/x.png', alt: 'x' }] })}></trust-review>`);
    await allowed.updateComplete;
    expect(allowed.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('https://cdn.example/x.png');
  });

  it('helpful votes fire an event once, show the vote, and disable the other button', async () => {
    const el = await card(review());
    const [yes, no] = parts<HTMLButtonElement>(el, '.vote');
    expect(yes!.textContent!.trim()).to.equal('Yes (4)');
    expect(no!.textContent!.trim()).to.equal('No (1)');
    setTimeout(() => yes!.click());
    const event = await oneEvent(el, 'trust-review-vote');
    expect(event.detail).to.deep.equal({ reviewId: 'r1', vote: 'helpful' });
    expect((event as Event).composed).to.equal(true);
    await el.updateComplete;
    expect(yes!.getAttribute('aria-pressed')).to.equal('true');
    expect(yes!.textContent!.trim()).to.equal('Yes (5)');
    expect(no!.disabled).to.equal(true);
    expect(part(el, '[part="votes"] [role="status"]').textContent).to.equal('Thank you for your feedback.');
    let again = 0;
    el.addEventListener('trust-review-vote', () => again++);
    yes!.click();
    expect(again).to.equal(0);
  });

  it('isolates right-to-left names and keeps the review language on its text', async () => {
    const el = await card(review({ author: { name: 'مريم الحسن', display: 'full' }, language: 'ar', title: 'غلاية ممتازة' }));
    expect(part(el, '[part="author"]').localName).to.equal('bdi');
    expect(part(el, '[part="body"]').getAttribute('lang')).to.equal('ar');
    expect(part(el, '[part="body"]').getAttribute('dir')).to.equal('auto');
    expect(shadowText(el)).to.contain('Written in \u2068Arabic\u2069');
  });

  it('renders hostile strings as text: no elements, attributes or script from data', async () => {
    (window as unknown as { __xss?: number }).__xss = 0;
    const bad = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const el = await card(
      review({
        title: bad,
        body: bad,
        author: { name: bad, display: 'full' },
        pros: [bad],
        reply: { body: bad, author: bad },
        photos: [
          { url: 'javascript:window.__xss=1', alt: bad },
          { url: 'data:image/svg+xml,<svg onload=alert(1)>', alt: bad },
        ],
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
    expect(part(el, '[part="title"]').textContent).to.equal(bad);
    expect(part(el, '[part="author"]').textContent).to.equal(bad);
    expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
  });

  it('an invalid review shows nothing and reports each field', async () => {
    const el = await card({ id: 'x', rating: 9, date: 'yesterday' });
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    expect(log.errors.some((e) => /review\.rating/.test(e))).to.equal(true);
    expect(log.errors.some((e) => /review\.date/.test(e))).to.equal(true);
    expect(log.errors.some((e) => /review\.author/.test(e))).to.equal(true);
  });

  it('reads one review from an inline JSON child', async () => {
    const el = await fixture<TrustReview>(html`<trust-review .now=${NOW}><script type="application/json">${JSON.stringify(review())}</script></trust-review>`);
    await el.updateComplete;
    expect(part(el, '[part="title"]').textContent).to.equal('Good kettle');
  });

  describe('accessibility (axe)', () => {
    before(() => loadPageStylesheet());
    const states: Array<[string, unknown]> = [
      ['plain', review()],
      ['everything', review({ pros: ['Fast'], cons: ['Cord'], reply: { body: 'Thanks' }, photos: [{ url: '/img/a.png', alt: 'Kettle' }], body: 'x '.repeat(400) })],
      ['incentivized', review({ provenance: 'incentivized' })],
      ['no title, anonymous', review({ title: undefined, author: { name: 'A B', display: 'anonymous' } })],
    ];
    for (const [name, data] of states) {
      it(`${name}: no violations`, async () => {
        const el = await card(data);
        await expect(el).to.be.accessible();
      });
    }
    it('dark theme, right to left: no violations', async () => {
      const wrap = await fixture(html`<div class="trust-theme-dark" dir="rtl" lang="ar" style="background:#0d1117;color:#e6edf3"><trust-review .data=${review({ pros: ['x'] })} .now=${NOW}></trust-review></div>`);
      await (wrap.querySelector('trust-review') as TrustReview).updateComplete;
      await expect(wrap).to.be.accessible();
    });
  });
});

describe('<trust-review> review property', () => {
  it('feed-format JSON in the review property is reported (use data) and shows nothing, without an exception', async () => {
    const log = captureConsole();
    try {
      const feedJson = { id: 'r1', author: 'Ann', rating: 4, date: '2026-01-02', provenance: 'organic', body: 'Fine kettle, boils fast and quietly.' };
      const el = await fixture<TrustReview>(html`<trust-review .review=${feedJson as never}></trust-review>`);
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      expect(log.errors.filter((e) => /<trust-review> review: expected a review from the core parser/.test(e))).to.have.length(1);
      expect(log.errors.filter((e) => /failed in/.test(e))).to.deep.equal([]);
      el.data = feedJson;
      el.review = undefined;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="body"]')!.textContent).to.contain('Fine kettle');
    } finally {
      log.restore();
    }
  });
});

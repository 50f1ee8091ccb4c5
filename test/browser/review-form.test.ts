import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review-form/review-form.js';
import '../../src/translations/sv.js';
import '../../src/translations/ar.js';
import type { ReviewErrorDetail, ReviewSentDetail, ReviewSubmitDetail, TrustReviewForm } from '../../src/components/review-form/review-form.js';
import type { TrustStarRating } from '../../src/components/star-rating/star-rating.js';
import { captureConsole, checkAccessibilityTree, itWithAccessibilityTree, FORBIDDEN_TEXT, loadPageStylesheet, part, parts, shadowText, type ConsoleCapture } from './helpers.js';

const TERMS = 'https://shop.example/review-terms';
const BODY = 'Keeps coffee hot for an hour and survives the dishwasher.';
const VALID = { rating: 4, title: 'Solid mug', body: BODY, name: 'Anna Svensson', consent: true };

type Values = Partial<{ rating: number; title: string; body: string; name: string; email: string; consent: boolean }>;

const newForm = () => fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS}></trust-review-form>`);

const rating = (el: Element) => part<TrustStarRating>(el, '#rating');
const input = (el: Element, id: string) => part<HTMLInputElement>(el, `#${id}`);
const form = (el: Element) => part<HTMLFormElement>(el, 'form');
const submitButton = (el: Element) => part<HTMLButtonElement>(el, '[part="submit"]');
/** The messages under a field (without the screen-reader prefix). */
const messages = (el: Element, field: string) => parts(el, `#${field}-error .message`).map((m) => m.textContent);
const summaryItems = (el: Element) => parts(el, '[part="summary"] li').map((li) => li.textContent);
const statusText = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim();
const failureText = (el: Element) => el.shadowRoot!.querySelector('[part="failure"]')?.textContent?.trim();
const flush = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Renders a wrapper around a form and waits for the form. Unlike `fixture()`
 * on a plain element, this needs no animation frame, which a background tab
 * (the runner's other concurrent page) never gets.
 */
async function wrapped(template: TemplateResult): Promise<{ wrapper: HTMLElement; el: TrustReviewForm }> {
  const wrapper = fixtureSync<HTMLElement>(template);
  const el = wrapper.querySelector('trust-review-form')!;
  await el.updateComplete;
  return { wrapper, el };
}

async function fill(el: TrustReviewForm, values: Values): Promise<void> {
  if (values.rating !== undefined) {
    rating(el).value = values.rating;
    await rating(el).updateComplete;
  }
  for (const field of ['title', 'body', 'name', 'email'] as const) {
    const value = values[field];
    if (value === undefined) continue;
    input(el, field).value = value;
    input(el, field).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (values.consent !== undefined) input(el, 'consent').checked = values.consent;
  await el.updateComplete;
}

async function submit(el: TrustReviewForm): Promise<void> {
  form(el).requestSubmit();
  await flush();
  await el.updateComplete;
}

function setFiles(el: TrustReviewForm, files: File[]): Promise<unknown> {
  const picker = input(el, 'photos');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  return el.updateComplete;
}

const bytesOf = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The first bytes of each kind of file, as the form reads them. */
const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/png': [0x89, ...bytesOf('PNG\r\n\x1a\n')],
  'image/webp': [...bytesOf('RIFF'), 0, 0, 0, 0, ...bytesOf('WEBP')],
  'image/gif': bytesOf('GIF89a'),
};

/** A file of `size` bytes that starts like a real file of `type` (or with `start`). */
const file = (name: string, type = 'image/jpeg', size = 2048, start = SIGNATURES[type] ?? []) => {
  const data = new Uint8Array(size);
  data.set(start.slice(0, size));
  return new File([data], name, { type });
};

/** Cancels every submit event (the shop handles it) and records the details. */
function handleSubmits(el: HTMLElement): ReviewSubmitDetail[] {
  const seen: ReviewSubmitDetail[] = [];
  el.addEventListener('trust-review-submit', (event) => {
    event.preventDefault();
    seen.push(event.detail);
  });
  return seen;
}

interface FetchCall {
  url: string;
  init: RequestInit;
}

const originalFetch = window.fetch;

/** Replaces `window.fetch` (restored after each test) and records the calls. */
function stubFetch(answer: (call: FetchCall) => Promise<Response>): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = ((url: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(url), init };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return calls;
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

/** Tag and attribute names of the whole shadow tree, in order: the structure, without any text or values. */
function structure(host: Element): string {
  return [...host.shadowRoot!.querySelectorAll('*')].map((e) => `${e.localName}[${e.getAttributeNames().sort().join(',')}]`).join(' ');
}

before(() => loadPageStylesheet());

describe('<trust-review-form> rendering', () => {
  it('renders every field with a real label, and hints tied to their fields', async () => {
    const log = captureConsole();
    try {
      const el = await newForm();
      expect(log.warnings).to.deep.equal([]);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Write a review');
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(form(el).noValidate).to.equal(true);
      const labels = Object.fromEntries(parts<HTMLLabelElement>(el, 'label').map((l) => [l.htmlFor, l.textContent!.replace(/\s+/g, ' ').trim()]));
      expect(labels).to.deep.equal({
        rating: 'Your rating',
        title: 'Title (optional)',
        body: 'Your review',
        name: 'Your name',
        consent: 'I agree to the publishing terms (opens in a new tab) for publishing my review.',
      });
      expect(rating(el).mode).to.equal('input');
      expect(rating(el).required).to.equal(true);
      expect(input(el, 'body').getAttribute('aria-describedby')).to.equal('body-hint');
      expect(part(el, '#body-hint').textContent!.trim()).to.equal('At least 20 and at most 5,000 characters.');
      expect(input(el, 'name').getAttribute('aria-describedby')).to.equal('name-hint');
      expect(part(el, '#name-hint').textContent!.trim()).to.equal('Shown publicly with your review.');
      const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(link.href).to.equal(TERMS);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(el.shadowRoot!.querySelector('#email, #photos')).to.equal(null);
      expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
    } finally {
      log.restore();
    }
  });

  itWithAccessibilityTree('gives screen readers a named radio group, text boxes and checkbox', async () => {
    await newForm();
    await checkAccessibilityTree((nodes) => {
      const named = (role: string) => nodes.filter((n) => n.role === role).map((n) => n.name);
      expect(named('radiogroup')).to.deep.equal(['Your rating']);
      expect(named('radio')).to.have.length(5);
      expect(named('textbox')).to.deep.equal(['Title (optional)', 'Your review', 'Your name']);
      expect(named('checkbox')).to.deep.equal(['I agree to the publishing terms (opens in a new tab) for publishing my review.']);
      expect(named('heading')).to.include('Write a review');
      const required = nodes.filter((n) => n.required).map((n) => n.name);
      expect(required).to.include.members(['Your rating', 'Your review', 'Your name']);
      // Nothing reads as "invalid entry" before the shopper has tried to send.
      expect(nodes.filter((n) => n['invalid'] === true || n['invalid'] === 'true').map((n) => n.name)).to.deep.equal([]);
    });
  });

  it('adds the email field (never published) and the photo picker when asked', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email photos></trust-review-form>`);
    expect(input(el, 'email').type).to.equal('email');
    expect(input(el, 'email').autocomplete).to.equal('email');
    expect(part(el, '#email-hint').textContent!.trim()).to.equal('Never published: only the shop sees it.');
    expect(input(el, 'email').getAttribute('aria-describedby')).to.equal('email-hint');
    const picker = input(el, 'photos');
    expect(picker.type).to.equal('file');
    expect(picker.accept).to.equal('image/jpeg,image/png,image/webp');
    expect(picker.multiple).to.equal(true);
    expect(part(el, '#photos-hint').textContent!.trim()).to.equal('Up to 3 JPEG, PNG or WebP images of at most 5 MB each.');
    await setFiles(el, [file('mug.jpg', 'image/jpeg', 300 * 1024), file('lid.png', 'image/png', 2.5 * 1024 * 1024)]);
    expect(parts(el, '[part="files"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'mug.jpg (300 kB)',
      'lid.png (2.5 MB)',
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('names the product from product-name, or from the enclosing <trust-product>', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} product-name="Stoneware mug"></trust-review-form>`);
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Review \u2068Stoneware mug\u2069');
    const { el: inner } = await wrapped(html`<trust-product .productData=${{ name: 'Teapot' }}><trust-review-form terms-url=${TERMS}></trust-review-form></trust-product>`);
    expect(part(inner, '[part="heading"]').textContent!.trim()).to.equal('Review \u2068Teapot\u2069');
  });

  it('heading-level sets the outline level; a bad value is reported and 2 is used', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} heading-level="3"></trust-review-form>`);
    expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
    const log = captureConsole();
    try {
      const bad = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} heading-level="9"></trust-review-form>`);
      expect(part(bad, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/<trust-review-form> heading-level: expected a whole number from 1 to 6, got 9/);
    } finally {
      log.restore();
    }
  });

  it('the character counter updates at once and is announced politely only after typing pauses', async () => {
    const el = await newForm();
    const live = part(el, '[aria-live="polite"]');
    input(el, 'body').focus();
    await sendKeys({ type: 'Nice mug' });
    await el.updateComplete;
    expect(part(el, '[part="counter"]').textContent!.trim()).to.equal('8 / 5,000');
    expect(part(el, '[part="counter"]').getAttribute('aria-hidden')).to.equal('true');
    expect(live.textContent!.trim()).to.equal('');
    await new Promise((r) => setTimeout(r, 1200));
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('12 more characters needed');
    await fill(el, { body: 'x'.repeat(30) });
    await new Promise((r) => setTimeout(r, 1200));
    expect(live.textContent!.trim()).to.equal('4,970 characters left');
    await fill(el, { body: 'x'.repeat(5001) });
    await new Promise((r) => setTimeout(r, 1200));
    expect(live.textContent!.trim()).to.equal('1 character too many');
    expect(part(el, '[part="counter"]').classList.contains('over')).to.equal(true);
  });
});

describe('<trust-review-form> keyboard', () => {
  it('can be completed and submitted with the keyboard alone', async () => {
    const { wrapper, el } = await wrapped(html`<div><button>before</button><trust-review-form terms-url=${TERMS}></trust-review-form></div>`);
    const submitted = handleSubmits(el);
    const focused = () => el.shadowRoot!.activeElement;
    wrapper.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(rating(el));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await rating(el).updateComplete;
    expect(rating(el).value).to.equal(4);

    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('title');
    await sendKeys({ type: 'Solid mug' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('body');
    await sendKeys({ type: BODY });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('name');
    await sendKeys({ type: 'Anna Svensson' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('consent');
    await sendKeys({ press: ' ' }); // Space
    expect(input(el, 'consent').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('link');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(submitButton(el));
    await sendKeys({ press: 'Enter' });
    await flush();

    expect(submitted).to.have.length(1);
    expect(submitted[0]!.review).to.deep.equal({
      rating: 4,
      title: 'Solid mug',
      body: BODY,
      author: { name: 'Anna Svensson', display: 'full' },
      language: 'en',
    });
  });

  it('Enter in a text field submits; a failed submit moves focus to the first invalid field', async () => {
    const el = await newForm();
    const submitted = handleSubmits(el);
    await fill(el, { rating: 5, body: BODY });
    input(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await flush();
    await el.updateComplete;
    expect(submitted).to.have.length(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    input(el, 'title').focus();
    await sendKeys({ type: 'Fine' });
    await sendKeys({ press: 'Enter' });
    await flush();
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await sendKeys({ type: 'Bo' });
    input(el, 'consent').focus();
    await sendKeys({ press: ' ' }); // Space
    input(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await flush();
    expect(submitted).to.have.length(1);
  });

  it('arrow keys in the rating follow the reading direction in right-to-left', async () => {
    const { el } = await wrapped(html`<div dir="rtl" lang="ar"><trust-review-form terms-url=${TERMS}></trust-review-form></div>`);
    rating(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await rating(el).updateComplete;
    expect(rating(el).value).to.equal(2);
  });
});

describe('<trust-review-form> validation', () => {
  it('an empty submit: a message per required field, tied to it, a summary alert, focus on the rating', async () => {
    const el = await newForm();
    const submitted = handleSubmits(el);
    await submit(el);
    expect(submitted).to.have.length(0);
    expect(messages(el, 'rating')).to.deep.equal(['Please select a rating.']);
    expect(messages(el, 'body')).to.deep.equal(['Please write your review.']);
    expect(messages(el, 'name')).to.deep.equal(['Please enter your name.']);
    expect(messages(el, 'consent')).to.deep.equal(['Please agree to the publishing terms to send your review.']);
    expect(el.shadowRoot!.querySelector('#title-error')).to.equal(null);
    expect(summaryItems(el)).to.deep.equal([
      'Please select a rating.',
      'Please write your review.',
      'Please enter your name.',
      'Please agree to the publishing terms to send your review.',
    ]);
    // The alert says it all once; the visible summary is not live (fixing a field does not re-read every problem).
    const alert = el.shadowRoot!.querySelector('form [role="alert"]')!;
    expect(alert.textContent).to.contain('Please check the following:').and.to.contain('Please select a rating.').and.to.contain('Please enter your name.');
    expect(part(el, '[part="summary"]').closest('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    expect(part(el, '#rating-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Please select a rating.');
    expect(rating(el).getAttribute('aria-invalid')).to.equal('true');
    expect(rating(el).getAttribute('aria-describedby')).to.equal('rating-error');
    expect(input(el, 'body').getAttribute('aria-describedby')).to.equal('body-hint body-error');
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'consent').getAttribute('aria-describedby')).to.equal('consent-error');
    expect(input(el, 'title').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(rating(el));
    await checkAccessibilityTree((nodes) => {
      const description = nodes.find((n) => n.role === 'textbox' && n.name === 'Your name')?.description;
      expect(description).to.equal('Shown publicly with your review. Error: Please enter your name.');
    });
  });

  it('too short, too long and invalid values each get their message', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email></trust-review-form>`);
    handleSubmits(el);
    await fill(el, { ...VALID, body: 'Too short.', title: 't'.repeat(151), name: 'n'.repeat(61), email: 'not-an-email' });
    await submit(el);
    expect(messages(el, 'body')).to.deep.equal(['Your review needs at least 20 characters.']);
    expect(messages(el, 'title')).to.deep.equal(['The title can be at most 150 characters long.']);
    expect(messages(el, 'name')).to.deep.equal(['Your name can be at most 60 characters long.']);
    expect(messages(el, 'email')).to.deep.equal(['Please enter an email address such as name@example.com.']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    await fill(el, { body: 'b'.repeat(5001), title: 't'.repeat(150), name: 'n'.repeat(60), email: 'anna@example.com' });
    await submit(el);
    expect(messages(el, 'body')).to.deep.equal(['Your review can be at most 5,000 characters long.']);
    expect(summaryItems(el)).to.deep.equal(['Your review can be at most 5,000 characters long.']);
    // Nothing typed is cut: the whole text stays in the field.
    expect(input(el, 'body').value).to.have.length(5001);
  });

  it('whitespace alone is not a name or a review', async () => {
    const el = await newForm();
    handleSubmits(el);
    await fill(el, { ...VALID, name: '   ', body: ' '.repeat(40) });
    await submit(el);
    expect(messages(el, 'name')).to.deep.equal(['Please enter your name.']);
    expect(messages(el, 'body')).to.deep.equal(['Please write your review.']);
  });

  it('validates on leaving a field only after the first submit; fixed fields leave the summary', async () => {
    const el = await newForm();
    handleSubmits(el);
    input(el, 'name').focus();
    input(el, 'title').focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await fill(el, { rating: 3, body: BODY, consent: true });
    await submit(el);
    expect(summaryItems(el)).to.deep.equal(['Please enter your name.']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await sendKeys({ type: 'Anna' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(messages(el, 'name')).to.deep.equal([]);
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    // After the first attempt, emptying a field shows its message on leaving it.
    input(el, 'body').focus();
    input(el, 'body').value = '';
    input(el, 'title').focus();
    await el.updateComplete;
    expect(messages(el, 'body')).to.deep.equal(['Please write your review.']);
    // Unticking the consent shows its message at once.
    input(el, 'consent').click();
    await el.updateComplete;
    expect(messages(el, 'consent')).to.deep.equal(['Please agree to the publishing terms to send your review.']);
  });

  it('photos: too many, too large and wrong type, named in the messages', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} photos></trust-review-form>`);
    await setFiles(el, [
      file('a.jpg'),
      file('b.png', 'image/png'),
      file('huge.webp', 'image/webp', 5 * 1024 * 1024 + 1),
      file('anim.gif', 'image/gif'),
    ]);
    expect(messages(el, 'photos')).to.deep.equal([
      'You can add at most 3 photos.',
      '\u2068huge.webp\u2069 is larger than 5 MB.',
      '\u2068anim.gif\u2069 is not a JPEG, PNG or WebP image.',
    ]);
    expect(input(el, 'photos').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'photos').getAttribute('aria-describedby')).to.equal('photos-hint photos-error');
    const submitted = handleSubmits(el);
    await fill(el, VALID);
    await submit(el);
    expect(submitted).to.have.length(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('photos');
    await setFiles(el, [file('a.jpg'), file('exactly-5mb.png', 'image/png', 5 * 1024 * 1024)]);
    expect(messages(el, 'photos')).to.deep.equal([]);
    await submit(el);
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.photos.map((p) => p.name)).to.deep.equal(['a.jpg', 'exactly-5mb.png']);
  });

  it('photos: the bytes of the file decide its type, not its name or declared type', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} photos></trust-review-form>`);
    const svg = bytesOf('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await setFiles(el, [file('evil.png', 'image/png', 64, svg), file('really-a-png.jpg', 'image/jpeg', 64, SIGNATURES['image/png'])]);
    await waitUntil(() => messages(el, 'photos').length === 1, 'the bytes were read');
    expect(messages(el, 'photos')).to.deep.equal(['\u2068evil.png\u2069 is not a JPEG, PNG or WebP image.']);
    const submitted = handleSubmits(el);
    await fill(el, VALID);
    await submit(el);
    expect(submitted).to.have.length(0);
    await setFiles(el, [file('really-a-png.jpg', 'image/jpeg', 64, SIGNATURES['image/png'])]);
    await submit(el);
    expect(submitted).to.have.length(1);
  });

  it('in Swedish: messages are Swedish and the language goes into the review', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form lang="sv" terms-url=${TERMS}></trust-review-form>`);
    const submitted = handleSubmits(el);
    await submit(el);
    expect(messages(el, 'rating')).to.deep.equal(['Välj ett betyg.']);
    expect(messages(el, 'name')).to.deep.equal(['Ange ditt namn.']);
    expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
    await fill(el, VALID);
    await submit(el);
    expect(submitted[0]!.review.language).to.equal('sv');
  });

  it('messages follow a change of language', async () => {
    const { wrapper, el } = await wrapped(html`<div lang="en"><trust-review-form terms-url=${TERMS}></trust-review-form></div>`);
    await submit(el);
    expect(messages(el, 'rating')).to.deep.equal(['Please select a rating.']);
    wrapper.setAttribute('lang', 'sv');
    await flush();
    await el.updateComplete;
    expect(messages(el, 'rating')).to.deep.equal(['Välj ett betyg.']);
  });
});

describe('<trust-review-form> submit event', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    window.fetch = originalFetch;
  });

  it('fires a bubbling, composed, cancelable trust-review-submit with the review and photos', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email photos></trust-review-form>`);
    await fill(el, { ...VALID, title: '  Solid mug  ', email: 'anna@example.com' });
    const photo = file('mug.jpg');
    await setFiles(el, [photo]);
    const fired = oneEvent(document, 'trust-review-submit');
    el.addEventListener('trust-review-submit', (e) => e.preventDefault());
    await submit(el);
    const event = (await fired) as CustomEvent<ReviewSubmitDetail>;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail.review).to.deep.equal({
      rating: 4,
      title: 'Solid mug',
      body: BODY,
      author: { name: 'Anna Svensson', display: 'full' },
      email: 'anna@example.com',
      language: 'en',
    });
    expect(event.detail.photos).to.deep.equal([photo]);
  });

  it('leaves out an empty title and email', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email></trust-review-form>`);
    const submitted = handleSubmits(el);
    await fill(el, { ...VALID, title: '' });
    await submit(el);
    expect(Object.keys(submitted[0]!.review)).to.deep.equal(['rating', 'body', 'author', 'language']);
  });

  it('canceled: nothing is sent, no warning, nothing shown, values kept', async () => {
    const calls = stubFetch(() => json({}));
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="/reviews"></trust-review-form>`);
    handleSubmits(el);
    await fill(el, VALID);
    await submit(el);
    expect(calls).to.have.length(0);
    expect(log.warnings).to.deep.equal([]);
    expect(statusText(el)).to.equal(undefined);
    expect(input(el, 'name').value).to.equal('Anna Svensson');
  });

  it('not canceled and no action: one warning naming action, data kept, nothing misleading shown', async () => {
    const calls = stubFetch(() => json({}));
    const el = await newForm();
    await fill(el, VALID);
    await submit(el);
    await submit(el);
    expect(calls).to.have.length(0);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.match(/^\[trust-signals\] <trust-review-form> action: expected an http\(s\) URL to POST reviews to/);
    expect(statusText(el)).to.equal(undefined);
    expect(failureText(el)).to.equal(undefined);
    expect(form(el).hidden).to.equal(false);
    expect(input(el, 'body').value).to.equal(BODY);
  });

  it('an unsafe action is never fetched and is reported', async () => {
    const calls = stubFetch(() => json({}));
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="javascript:alert(1)"></trust-review-form>`);
    expect(log.warnings.some((w) => /action: expected an http\(s\) URL/.test(w))).to.equal(true);
    await fill(el, VALID);
    await submit(el);
    expect(calls).to.have.length(0);
  });
});

describe('<trust-review-form> sending', () => {
  afterEach(() => {
    window.fetch = originalFetch;
  });

  const sendingForm = async (options: { photos?: boolean; resetOnSuccess?: boolean } = {}) => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form
      terms-url=${TERMS}
      action="/api/reviews"
      ?photos=${options.photos}
      ?reset-on-success=${options.resetOnSuccess}
    ></trust-review-form>`);
    await fill(el, VALID);
    return el;
  };

  it('two quick submits while the photos are being read send one POST', async () => {
    const calls = stubFetch(() => json({ id: 'r-1' }, 201));
    const el = await sendingForm({ photos: true });
    const picker = input(el, 'photos');
    const transfer = new DataTransfer();
    transfer.items.add(file('mug.jpg'));
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change', { bubbles: true })); // no wait: the bytes are still being read
    form(el).requestSubmit();
    form(el).requestSubmit();
    await waitUntil(() => statusText(el) !== undefined && calls.length > 0, 'sent');
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).to.have.length(1);
  });

  it('csrf-token goes out in the X-CSRF-Token header (or the one csrf-header names); a token with a line break is refused', async () => {
    const calls = stubFetch(() => json({ id: 'r-1' }, 201));
    const el = await sendingForm();
    el.setAttribute('csrf-token', 'abc123');
    await submit(el);
    await waitUntil(() => calls.length === 1, 'sent');
    expect((calls[0]!.init.headers as Record<string, string>)['X-CSRF-Token']).to.equal('abc123');
    const django = await sendingForm();
    django.setAttribute('csrf-token', 'xyz');
    django.setAttribute('csrf-header', 'X-CSRFToken');
    await submit(django);
    await waitUntil(() => calls.length === 2, 'sent');
    expect((calls[1]!.init.headers as Record<string, string>)['X-CSRFToken']).to.equal('xyz');
    const log = captureConsole();
    try {
      const bad = await sendingForm();
      bad.csrfToken = 'abc\r\nX-Evil: 1';
      await submit(bad);
      await waitUntil(() => calls.length === 3, 'sent');
      expect(Object.keys(calls[2]!.init.headers as Record<string, string>)).to.deep.equal(['accept', 'content-type']);
      expect(log.errors.some((e) => /csrf-token: expected a token without line breaks/.test(e))).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('POSTs JSON; a 2xx shows the thank-you status, fires trust-review-sent and can start another review', async () => {
    const calls = stubFetch(() => json({ id: 'r-1', status: 'pending' }, 201));
    const el = await sendingForm();
    const sent = oneEvent(el, 'trust-review-sent');
    submitButton(el).focus();
    await submit(el);
    const event = (await sent) as CustomEvent<ReviewSentDetail>;
    await el.updateComplete;
    expect(calls).to.have.length(1);
    const [{ url, init }] = calls as [FetchCall];
    expect(url).to.equal(new URL('/api/reviews', document.baseURI).href);
    expect(init.method).to.equal('POST');
    expect(init.credentials).to.equal('same-origin');
    expect(init.redirect).to.equal('error');
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(init.headers).to.deep.equal({ accept: 'application/json', 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).to.deep.equal(event.detail.review);
    expect(event.detail.response).to.deep.equal({ id: 'r-1', status: 'pending' });
    expect(event.bubbles && event.composed).to.equal(true);

    expect(statusText(el)).to.equal('Thank you! Your review was sent. It will appear after moderation.');
    expect(part(el, '[part="status"]').parentElement!.getAttribute('role')).to.equal('status');
    expect(form(el).hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="status"]'));

    part<HTMLButtonElement>(el, '[part="another"]').click();
    await el.updateComplete;
    await flush();
    expect(form(el).hidden).to.equal(false);
    expect(statusText(el)).to.equal(undefined);
    expect(input(el, 'body').value).to.equal('');
    expect(rating(el).value).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal(rating(el));
  });

  it('reset-on-success clears the form and keeps it visible under the thank-you status', async () => {
    stubFetch(() => Promise.resolve(new Response(null, { status: 204 })));
    const el = await sendingForm({ resetOnSuccess: true });
    const sent = oneEvent(el, 'trust-review-sent');
    await submit(el);
    expect(((await sent) as CustomEvent<ReviewSentDetail>).detail.response).to.equal(undefined);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thank you! Your review was sent. It will appear after moderation.');
    expect(form(el).hidden).to.equal(false);
    expect(input(el, 'name').value).to.equal('');
    expect(input(el, 'consent').checked).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="another"]')).to.equal(null);
  });

  it('while sending: status says so, the button is aria-disabled and aria-busy, a second submit is ignored', async () => {
    let answer!: (response: Response) => void;
    const calls = stubFetch(() => new Promise((resolve) => (answer = resolve)));
    const el = await sendingForm();
    await submit(el);
    expect(statusText(el)).to.equal('Sending your review…');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
    await submit(el);
    expect(calls).to.have.length(1);
    answer(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    await waitUntil(() => statusText(el)?.startsWith('Thank you'));
    expect(submitButton(el).hasAttribute('aria-busy')).to.equal(false);
  });

  /** Never answers; rejects like fetch does when its signal aborts. */
  const hang = (call: FetchCall) =>
    new Promise<Response>((_, reject) => call.init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

  const failures: Array<[string, (call: FetchCall) => Promise<Response>, Omit<ReviewErrorDetail, 'review'>]> = [
    ['a 500 answer', () => json({ error: 'oops' }, 500), { reason: 'http', status: 500 }],
    ['a 404 answer without a body', () => Promise.resolve(new Response(null, { status: 404 })), { reason: 'http', status: 404 }],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), { reason: 'network' }],
    ['a timeout (timeout-ms="50")', hang, { reason: 'timeout' }],
  ];
  for (const [name, firstAnswer, expected] of failures) {
    it(`${name}: failure alert, trust-review-error, everything typed kept, and a retry works`, async () => {
      const calls = stubFetch((call) => (calls.length === 1 ? firstAnswer(call) : json({ ok: true })));
      const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="/api/reviews" timeout-ms="50"></trust-review-form>`);
      await fill(el, VALID);
      submitButton(el).focus();
      const failed = oneEvent(el, 'trust-review-error');
      await submit(el);
      const event = (await failed) as CustomEvent<ReviewErrorDetail>;
      await el.updateComplete;
      expect({ reason: event.detail.reason, status: event.detail.status }).to.deep.equal({ status: undefined, ...expected });
      expect(event.detail.review.author.name).to.equal('Anna Svensson');
      expect(failureText(el)).to.equal('Your review could not be sent. What you wrote is still here: please try again.');
      expect(part(el, '[part="failure"]').parentElement!.getAttribute('role')).to.equal('alert');
      expect(statusText(el)).to.equal(undefined);
      expect(form(el).hidden).to.equal(false);
      expect(rating(el).value).to.equal(4);
      expect(input(el, 'title').value).to.equal('Solid mug');
      expect(input(el, 'body').value).to.equal(BODY);
      expect(input(el, 'name').value).to.equal('Anna Svensson');
      expect(input(el, 'consent').checked).to.equal(true);
      expect(submitButton(el).hasAttribute('aria-disabled')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(submitButton(el));

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusText(el)?.startsWith('Thank you'));
      expect(calls).to.have.length(2);
      expect(failureText(el)).to.equal(undefined);
    });
  }

  it('with photos: multipart form data with the review JSON and each file', async () => {
    const calls = stubFetch(() => json({}));
    const el = await sendingForm({ photos: true });
    const photos = [file('mug.jpg'), file('lid.webp', 'image/webp')];
    await setFiles(el, photos);
    const sent = oneEvent(el, 'trust-review-sent');
    await submit(el);
    const event = (await sent) as CustomEvent<ReviewSentDetail>;
    const { init } = calls[0]!;
    expect(init.headers).to.deep.equal({ accept: 'application/json' });
    const body = init.body as FormData;
    expect(body).to.be.instanceOf(FormData);
    expect(JSON.parse(body.get('review') as string)).to.deep.equal(event.detail.review);
    expect(body.getAll('photos')).to.have.length(2);
    expect((body.getAll('photos') as File[]).map((f) => f.name)).to.deep.equal(['mug.jpg', 'lid.webp']);
    // The browser writes the multipart content type (with its boundary) for a FormData body.
    const request = new Request('https://shop.example/', { method: 'POST', body });
    expect(request.headers.get('content-type')).to.match(/^multipart\/form-data; boundary=/);
  });

  it('showSuccess() and showFailure() give shops that send the review themselves the same states', async () => {
    const el = await sendingForm();
    el.showFailure();
    await el.updateComplete;
    expect(failureText(el)).to.equal('Your review could not be sent. What you wrote is still here: please try again.');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.showSuccess();
    await el.updateComplete;
    expect(failureText(el)).to.equal(undefined);
    expect(statusText(el)).to.equal('Thank you! Your review was sent. It will appear after moderation.');
    // Focus was elsewhere on the page: it stays there.
    expect(document.activeElement).to.equal(outside);
    outside.remove();
    el.reset();
    await el.updateComplete;
    expect(statusText(el)).to.equal(undefined);
    expect(form(el).hidden).to.equal(false);
    expect(input(el, 'name').value).to.equal('');
  });

  it('reset() during sending: the late answer changes nothing', async () => {
    let answer!: (response: Response) => void;
    stubFetch(() => new Promise((resolve) => (answer = resolve)));
    const el = await sendingForm();
    let sentEvents = 0;
    el.addEventListener('trust-review-sent', () => sentEvents++);
    await submit(el);
    el.reset();
    answer(new Response('{}', { status: 200 }));
    await flush();
    await el.updateComplete;
    expect(sentEvents).to.equal(0);
    expect(statusText(el)).to.equal(undefined);
  });
});

describe('<trust-review-form> hostile content', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  const HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload=window.__pwned=1>',
    '{product} {terms} \u202Egnp.exe',
    '</textarea><b>bold</b>',
  ];

  it('product-name is text: no markup, no attributes, full text', async () => {
    for (const name of HOSTILE) {
      const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} product-name=${name}></trust-review-form>`);
      const plain = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} product-name="Mug"></trust-review-form>`);
      // A right-to-left override in the name is closed (U+202C) inside the isolate, so it cannot reach past it.
      const closed = name.includes('\u202E') ? '\u202C' : '';
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal(`Review \u2068${name}${closed}\u2069`);
      expect(structure(el)).to.equal(structure(plain));
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const value of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//user:pass@evil.example/', ' ']) {
    it(`terms-url=${JSON.stringify(value)}: no link, the text stays, a warning names terms-url`, async () => {
      const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${value}></trust-review-form>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(el, 'label[for="consent"]').textContent).to.equal('I agree to the publishing terms for publishing my review.');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(/<trust-review-form> terms-url: expected an http\(s\) URL/);
    });
  }

  it('a missing terms-url is reported the same way', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form></trust-review-form>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(log.warnings[0]).to.match(/terms-url: expected an http\(s\) URL of the terms for publishing reviews \(the consent label shows no link\), got nothing/);
  });

  it('typed values are submitted exactly and never become markup', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email></trust-review-form>`);
    const before = structure(el);
    const submitted = handleSubmits(el);
    const body = `${HOSTILE.join('\n')} and more text`;
    await fill(el, { ...VALID, title: HOSTILE[0], body, name: HOSTILE[2] });
    await submit(el);
    expect(submitted[0]!.review.title).to.equal(HOSTILE[0]);
    expect(submitted[0]!.review.body).to.equal(body);
    expect(submitted[0]!.review.author.name).to.equal(HOSTILE[2]);
    expect(structure(el)).to.equal(before);
    expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('hostile file names are shown as text, in the list and in messages', async () => {
    const names = ['<img src=x onerror="window.__pwned=1">.gif', '\u202Egpj.exe', '{name} {size}.png'];
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} photos></trust-review-form>`);
    const plain = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} photos></trust-review-form>`);
    await setFiles(el, [file(names[0]!, 'image/gif'), file(names[1]!, 'application/x-msdownload'), file(names[2]!, 'image/png')]);
    await setFiles(plain, [file('a.gif', 'image/gif'), file('b.exe', 'application/x-msdownload'), file('c.png', 'image/png')]);
    expect(parts(el, '[part="files"] bdi').map((b) => b.textContent)).to.deep.equal(names);
    expect(messages(el, 'photos')).to.deep.equal([
      `\u2068${names[0]}\u2069 is not a JPEG, PNG or WebP image.`,
      `\u2068${names[1]}\u202C\u2069 is not a JPEG, PNG or WebP image.`,
    ]);
    expect(structure(el)).to.equal(structure(plain));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
  });

  it('a timeout-ms above ten minutes (which browsers would fire at once) is reported and the default is used', async () => {
    await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} timeout-ms="3000000000"></trust-review-form>`);
    expect(log.errors[0]).to.match(/timeout-ms: expected a number of milliseconds from 1 to 600000, got 3000000000/);
  });

  it('a bad timeout-ms is reported and the default is used', async () => {
    await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} timeout-ms="soon"></trust-review-form>`);
    expect(log.errors[0]).to.match(/timeout-ms: expected a number of milliseconds from 1 to 600000, got NaN/);
  });
});

describe('<trust-review-form> styling', () => {
  it('--form-gap and --input-radius change the look; page CSS for input and button does not reach inside', async () => {
    const style = document.createElement('style');
    style.textContent = 'input, textarea { background: rgb(255, 0, 0) !important; } button { border-radius: 0 !important; }';
    document.head.append(style);
    try {
      const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} style="--form-gap: 40px; --input-radius: 3px"></trust-review-form>`);
      expect(getComputedStyle(form(el)).rowGap).to.equal('40px');
      expect(getComputedStyle(input(el, 'name')).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(submitButton(el)).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(input(el, 'name')).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      style.remove();
    }
  });

  it('takes its colours from the theme tokens', async () => {
    const { el } = await wrapped(html`<div class="trust-theme-dark"><trust-review-form terms-url=${TERMS}></trust-review-form></div>`);
    expect(getComputedStyle(input(el, 'name')).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle(input(el, 'name')).color).to.equal('rgb(230, 237, 243)');
    expect(getComputedStyle(submitButton(el)).backgroundColor).to.equal('rgb(108, 182, 255)');
  });

  it('right-to-left: fields start on the right', async () => {
    const { el } = await wrapped(html`<div dir="rtl" lang="ar" style="inline-size: 600px"><trust-review-form terms-url=${TERMS}></trust-review-form></div>`);
    const box = el.getBoundingClientRect();
    expect(submitButton(el).getBoundingClientRect().right).to.be.closeTo(box.right, 1);
    expect(rating(el).getBoundingClientRect().right).to.be.closeTo(box.right, 1);
    expect(part(el, 'label[for="consent"]').getBoundingClientRect().right).to.be.lessThan(input(el, 'consent').getBoundingClientRect().left);
  });
});

describe('<trust-review-form> accessibility (axe)', () => {
  afterEach(() => {
    window.fetch = originalFetch;
  });

  const check = async (el: Element) => {
    await expect(el).to.be.accessible();
  };

  it('empty', async () => {
    await check(await newForm());
  });

  it('with email and photos, chosen files and photo errors', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email photos product-name="Mug"></trust-review-form>`);
    await setFiles(el, [file('a.gif', 'image/gif'), file('b.jpg')]);
    await check(el);
  });

  it('with errors and the summary', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} ask-email></trust-review-form>`);
    await fill(el, { email: 'nope', body: 'short' });
    await submit(el);
    expect(summaryItems(el)).to.have.length(5);
    await check(el);
  });

  it('sending', async () => {
    stubFetch(() => new Promise(() => {}));
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="/api/reviews"></trust-review-form>`);
    await fill(el, VALID);
    await submit(el);
    expect(statusText(el)).to.equal('Sending your review…');
    await check(el);
  });

  it('success', async () => {
    stubFetch(() => json({}));
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="/api/reviews"></trust-review-form>`);
    await fill(el, VALID);
    await submit(el);
    await waitUntil(() => statusText(el)?.startsWith('Thank you'));
    await check(el);
  });

  it('failure', async () => {
    stubFetch(() => json({}, 503));
    const el = await fixture<TrustReviewForm>(html`<trust-review-form terms-url=${TERMS} action="/api/reviews"></trust-review-form>`);
    await fill(el, VALID);
    await submit(el);
    await waitUntil(() => failureText(el));
    await check(el);
  });

  it('right-to-left Arabic, with errors', async () => {
    const { wrapper, el } = await wrapped(html`<div dir="rtl" lang="ar"><trust-review-form terms-url=${TERMS} photos></trust-review-form></div>`);
    await submit(el);
    await check(wrapper);
  });

  it('dark theme, empty and with errors', async () => {
    const { wrapper, el } = await wrapped(html`<div class="trust-theme-dark" style="background:#0d1117">
      <trust-review-form terms-url=${TERMS} ask-email photos></trust-review-form>
    </div>`);
    await check(wrapper);
    await submit(el);
    await check(wrapper);
  });
});

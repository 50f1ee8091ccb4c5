import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/components/star-rating/star-rating.js';
import '../../src/translations/sv.js';
import '../../src/translations/ar.js';
import '../../src/translations/ru.js';
import { TrustStarRating } from '../../src/components/star-rating/star-rating.component.js';
import { defineElement } from '../../src/internal/define.js';
import { registerTranslation } from '../../src/core/i18n.js';
import { sv } from '../../src/translations/sv.js';
import { checkAccessibilityTree, captureConsole, loadPageStylesheet, FORBIDDEN_TEXT, part, parts, shadowText, type ConsoleCapture } from './helpers.js';

const label = (el: Element) => part(el, '[part="base"]').getAttribute('aria-label');
const fillWidth = (el: Element) => Number(part(el, 'svg.fill').getAttribute('width'));
const radios = (el: Element) => parts(el, '[role="radio"]');
const checked = (el: Element) => radios(el).findIndex((r) => r.getAttribute('aria-checked') === 'true') + 1;

before(() => loadPageStylesheet());

describe('<trust-star-rating> display', () => {
  it('gives one accessible text for the whole rating and hides the star shapes', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="4.3" count="120"></trust-star-rating>`);
    const base = part(el, '[part="base"]');
    expect(base.getAttribute('role')).to.equal('img');
    expect(base.getAttribute('aria-label')).to.equal('4.3 out of 5 stars, 120 reviews');
    expect(part(el, 'svg.stars').getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, '[part="count"]').textContent).to.equal('(120)');
    await checkAccessibilityTree((nodes) => {
      const names = nodes.map((n) => n.name);
      expect(names).to.include('4.3 out of 5 stars, 120 reviews');
      expect(names.filter((n) => n === '(120)')).to.have.length(0);
    });
  });

  /** Which layer is painted at a horizontal fraction of the star row: "filled" or "empty". */
  const layerAt = (el: Element, fraction: number) => {
    const box = part(el, 'svg.stars').getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width * fraction, box.top + box.height * 0.45);
    return hit?.getAttribute('class');
  };

  it('fills exactly: 4.3 is four full stars and 30 % of the fifth star shape', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="4.3" style="--star-size: 40px"></trust-star-rating>`);
    expect(part(el, 'svg.stars').getBoundingClientRect().width).to.be.closeTo(200, 0.5);
    // The fifth star's shape spans 2.01..21.98 of its 24-unit cell; 30 % of it ends at 2.01 + 0.3 * 19.97.
    expect(fillWidth(el)).to.be.closeTo(4 * 24 + 2.01 + 0.3 * 19.97, 0.01);
    const fifth = (units: number) => (4 * 24 + units) / 120;
    expect(layerAt(el, 3.5 / 5)).to.equal('filled');
    expect(layerAt(el, fifth(2.01 + 0.2 * 19.97))).to.equal('filled');
    expect(layerAt(el, fifth(2.01 + 0.4 * 19.97))).to.equal('empty');
  });

  it('mirrors the fill in right-to-left text', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><trust-star-rating value="1.5" style="--star-size: 40px"></trust-star-rating></div>`);
    const el = wrapper.querySelector('trust-star-rating')!;
    await el.updateComplete;
    expect(layerAt(el, 0.9)).to.equal('filled');
    expect(layerAt(el, 0.1)).to.equal('empty');
    const ltr = await fixture<TrustStarRating>(html`<trust-star-rating value="1.5" style="--star-size: 40px"></trust-star-rating>`);
    expect(layerAt(ltr, 0.1)).to.equal('filled');
    expect(layerAt(ltr, 0.9)).to.equal('empty');
  });

  it('speaks Swedish, Russian and Arabic from the nearest lang', async () => {
    const wrapper = await fixture(html`<div>
      <section lang="sv"><trust-star-rating value="4.3" count="1203"></trust-star-rating></section>
      <section lang="ru"><trust-star-rating value="4.5" count="22"></trust-star-rating></section>
      <section lang="ar" dir="rtl"><trust-star-rating value="4.3" count="120"></trust-star-rating></section>
    </div>`);
    const [sv, ru, ar] = [...wrapper.querySelectorAll('trust-star-rating')];
    await Promise.all([sv!.updateComplete, ru!.updateComplete, ar!.updateComplete]);
    expect(label(sv!)).to.equal('4,3 av 5 stjärnor, 1\u00a0203 recensioner');
    expect(label(ru!)).to.equal('4,5 из 5 звёзд, 22 отзыва');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect(label(ar!)).to.equal(`${n(4.3)} من أصل ${n(5)} نجوم، ${n(120)} مراجعة`);
  });

  it('follows a lang change on an ancestor, and the element\'s own lang', async () => {
    const wrapper = await fixture(html`<div lang="en"><trust-star-rating value="3" count="1"></trust-star-rating></div>`);
    const el = wrapper.querySelector('trust-star-rating')!;
    await el.updateComplete;
    expect(label(el)).to.equal('3 out of 5 stars, 1 review');
    wrapper.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label(el)).to.equal('3 av 5 stjärnor, 1 recension');
    el.setAttribute('lang', 'ru');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label(el)).to.equal('3 из 5 звёзд, 1 отзыв');
  });

  it('a shop can add a language or override one string; missing strings fall back to English', async () => {
    expect(registerTranslation('not a tag!', { notRated: 'wrong' })).to.equal(false);
    expect(registerTranslation('fi', { notRated: 'Ei arvioitu' })).to.equal(true);
    registerTranslation('sv', { noRatingsYet: 'Inga betyg ännu (shop)' });
    try {
      const wrapper = await fixture(html`<div>
        <trust-star-rating lang="fi"></trust-star-rating>
        <trust-star-rating lang="fi" value="2"></trust-star-rating>
        <trust-star-rating lang="sv" count="0"></trust-star-rating>
        <trust-star-rating lang="sv-FI" value="2"></trust-star-rating>
      </div>`);
      const [custom, fallback, override, regional] = [...wrapper.querySelectorAll<TrustStarRating>('trust-star-rating')];
      await Promise.all([custom, fallback, override, regional].map((el) => el!.updateComplete));
      expect(label(custom!)).to.equal('Ei arvioitu');
      expect(label(fallback!)).to.equal('2 out of 5 stars');
      expect(label(override!)).to.equal('Inga betyg ännu (shop)');
      expect(label(regional!)).to.equal('2 av 5 stjärnor');
    } finally {
      registerTranslation('sv', { noRatingsYet: sv.noRatingsYet });
    }
  });

  it('never overstates: 4.96 reads 4.9, and says when there are no ratings', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="4.96"></trust-star-rating>`);
    expect(label(el)).to.equal('4.9 out of 5 stars');
    const none = await fixture<TrustStarRating>(html`<trust-star-rating count="0"></trust-star-rating>`);
    expect(label(none)).to.equal('No ratings yet');
    expect(fillWidth(none)).to.equal(0);
    const unrated = await fixture<TrustStarRating>(html`<trust-star-rating></trust-star-rating>`);
    expect(label(unrated)).to.equal('Not rated');
  });

  it('takes numbers from properties as well as attributes', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating .value=${3.5} .max=${10} .count=${7}></trust-star-rating>`);
    expect(label(el)).to.equal('3.5 out of 10 stars, 7 reviews');
    expect(part(el, 'svg.stars').getAttribute('viewBox')).to.equal('0 0 240 24');
  });
});

describe('<trust-star-rating> bad input', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  const cases: Array<[string, string, RegExp]> = [
    ['value="abc"', 'abc', /value: expected a number from 0 to 5, got "abc"/],
    ['value="NaN"', 'NaN', /value: expected a number from 0 to 5, got "NaN"/],
    ['value="-1"', '-1', /value: expected a number from 0 to 5, got -1/],
    ['value="6"', '6', /value: expected a number from 0 to 5, got 6/],
    ['value="4,5"', '4,5', /value: expected a number from 0 to 5, got "4,5"/],
    ['value="Infinity"', 'Infinity', /value: expected a number from 0 to 5, got "Infinity"/],
  ];
  for (const [title, value, message] of cases) {
    it(`${title}: one console error naming the attribute, "Not rated", no NaN`, async () => {
      const el = await fixture<TrustStarRating>(html`<trust-star-rating value=${value} count="12"></trust-star-rating>`);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/^\[trust-signals\] <trust-star-rating> /);
      expect(log.errors[0]).to.match(message);
      expect(label(el)).to.equal('Not rated, 12 reviews');
      expect(fillWidth(el)).to.equal(0);
      expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
    });
  }

  it('max="0": an error naming max, the default row and "Not rated"', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="3" max="0"></trust-star-rating>`);
    expect(log.errors.some((e) => /max: expected a whole number from 1 to 10, got 0/.test(e))).to.equal(true);
    expect(label(el)).to.equal('Not rated');
    expect(part(el, 'svg.stars').getAttribute('viewBox')).to.equal('0 0 120 24');
  });

  it('a NaN property and a negative count never reach the screen', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating .value=${Number.NaN} count="-4"></trust-star-rating>`);
    expect(log.errors.some((e) => /value: expected a number from 0 to 5, got NaN/.test(e))).to.equal(true);
    expect(log.errors.some((e) => /count: expected a whole number of at least 0, got -4/.test(e))).to.equal(true);
    expect(label(el)).to.equal('Not rated');
    expect(shadowText(el)).not.to.match(FORBIDDEN_TEXT);
  });

  it('a value with a count of zero is not shown (nothing to average)', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="5" count="0"></trust-star-rating>`);
    expect(log.errors).to.have.length(1);
    expect(label(el)).to.equal('No ratings yet');
  });

  it('recovers when a bad value is corrected', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="x"></trust-star-rating>`);
    el.setAttribute('value', '2');
    await el.updateComplete;
    expect(label(el)).to.equal('2 out of 5 stars');
  });
});

describe('<trust-star-rating> input', () => {
  afterEach(() => resetMouse());

  it('is a radio group announced as "3 of 5 stars"', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating mode="input" value="3"></trust-star-rating>`);
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 of 5 stars',
      '2 of 5 stars',
      '3 of 5 stars',
      '4 of 5 stars',
      '5 of 5 stars',
    ]);
    expect(checked(el)).to.equal(3);
    await checkAccessibilityTree((nodes) => {
      expect(nodes.find((n) => n.role === 'radiogroup')?.name).to.equal('Rating');
      expect(nodes.find((n) => n.role === 'radio' && n.name === '3 of 5 stars')?.checked).to.equal(true);
    });
  });

  it('takes its accessible name from a <label>', async () => {
    const form = await fixture(html`<form><label for="r">Your rating</label><trust-star-rating id="r" mode="input"></trust-star-rating></form>`);
    await form.querySelector<TrustStarRating>('trust-star-rating')!.updateComplete;
    await checkAccessibilityTree((nodes) => expect(nodes.find((n) => n.role === 'radiogroup')?.name).to.equal('Your rating'));
  });

  it('arrow keys, Home, End and number keys choose; each fires input and change once', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating mode="input"></trust-star-rating>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${el.value}`));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.value).to.equal(5);
    await sendKeys({ press: 'ArrowRight' }); // already at the top: nothing happens
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.value).to.equal(1);
    await sendKeys({ press: '4' });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(events).to.deep.equal(['input:1', 'change:1', 'input:5', 'change:5', 'input:1', 'change:1', 'input:4', 'change:4', 'input:3', 'change:3']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('3 of 5 stars');
    expect(checked(el)).to.equal(3);
  });

  it('mirrors arrow keys in right-to-left', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><trust-star-rating mode="input" value="3"></trust-star-rating></div>`);
    const el = wrapper.querySelector<TrustStarRating>('trust-star-rating')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal(2);
  });

  it('Tab reaches the checked star only (one tab stop)', async () => {
    const wrapper = await fixture(html`<div><button>before</button><trust-star-rating mode="input" value="2"></trust-star-rating><button>after</button></div>`);
    const el = wrapper.querySelector<TrustStarRating>('trust-star-rating')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('2 of 5 stars');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('after');
  });

  it('pointer: hover previews, click chooses', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating mode="input" style="--star-size: 40px"></trust-star-rating>`);
    const box = part(el, 'svg.stars').getBoundingClientRect();
    const changes: number[] = [];
    el.addEventListener('change', () => changes.push(el.value!));
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40 * 3.5), Math.round(box.top + 20)] });
    await el.updateComplete;
    expect(fillWidth(el)).to.equal(96);
    expect(el.value).to.equal(undefined);
    await sendMouse({ type: 'click', position: [Math.round(box.left + 40 * 3.5), Math.round(box.top + 20)] });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    expect(changes).to.deep.equal([4]);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40 * 1.5), Math.round(box.top + 20)] });
    await el.updateComplete;
    expect(fillWidth(el)).to.equal(48);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 30), Math.round(box.top + 80)] }); // off the stars
    await el.updateComplete;
    expect(fillWidth(el)).to.equal(96);
  });

  it('half-star precision picks halves with the pointer and steps by 0.5 with keys', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating mode="input" precision="0.5" style="--star-size: 40px"></trust-star-rating>`);
    expect(radios(el)).to.have.length(10);
    const box = part(el, 'svg.stars').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 40 * 2 + 10), Math.round(box.top + 20)] });
    await el.updateComplete;
    expect(el.value).to.equal(2.5);
    expect(radios(el)[4]!.getAttribute('aria-label')).to.equal('2.5 of 5 stars');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal(3);
  });

  it('setting the value from code fires no event', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating mode="input"></trust-star-rating>`);
    let fired = 0;
    el.addEventListener('input', () => fired++);
    el.addEventListener('change', () => fired++);
    el.value = 4;
    el.setAttribute('value', '2');
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(checked(el)).to.equal(2);
  });

  it('readonly is focusable but keeps its value; disabled is not focusable', async () => {
    const ro = await fixture<TrustStarRating>(html`<trust-star-rating mode="input" value="2" readonly></trust-star-rating>`);
    ro.focus();
    expect(ro.shadowRoot!.activeElement).to.not.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await ro.updateComplete;
    expect(ro.value).to.equal(2);
    const off = await fixture<TrustStarRating>(html`<trust-star-rating mode="input" value="2" disabled></trust-star-rating>`);
    expect(radios(off).every((r) => !r.hasAttribute('tabindex'))).to.equal(true);
    radios(off)[3]!.click();
    expect(off.value).to.equal(2);
  });
});

describe('<trust-star-rating> in a form', () => {
  it('submits its value under its name, resets to the default, and restores nothing on a fresh form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <trust-star-rating mode="input" name="rating" value="3"></trust-star-rating>
    </form>`);
    const el = form.querySelector<TrustStarRating>('trust-star-rating')!;
    await el.updateComplete;
    expect(new FormData(form).get('rating')).to.equal('3');
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(new FormData(form).get('rating')).to.equal('4');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(new FormData(form).get('rating')).to.equal('3');
    expect(el.form).to.equal(form);
  });

  it('a required empty rating blocks submission with a localized message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="sv">
      <trust-star-rating mode="input" name="rating" required></trust-star-rating>
      <button>Skicka</button>
    </form>`);
    const el = form.querySelector<TrustStarRating>('trust-star-rating')!;
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Välj ett betyg.');
    form.requestSubmit();
    expect(submitted).to.equal(0);
    expect(new FormData(form).has('rating')).to.equal(false);
    el.value = 5;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('a disabled fieldset disables it: not submitted, not focusable', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <trust-star-rating mode="input" name="rating" value="4"></trust-star-rating>
    </fieldset></form>`);
    const el = form.querySelector<TrustStarRating>('trust-star-rating')!;
    await el.updateComplete;
    expect(new FormData(form).has('rating')).to.equal(false);
    expect(radios(el).every((r) => !r.hasAttribute('tabindex'))).to.equal(true);
  });
});

describe('<trust-star-rating> registration', () => {
  it('a second definition of the tag never throws; differing versions warn once', async () => {
    const log = captureConsole();
    try {
      class Other extends TrustStarRating {
        static override version = '9.9.9';
      }
      expect(() => defineElement('trust-star-rating', TrustStarRating)).not.to.throw();
      expect(() => defineElement('trust-star-rating', Other)).not.to.throw();
      expect(() => defineElement('trust-star-rating', Other)).not.to.throw();
      expect(customElements.get('trust-star-rating')).to.equal(TrustStarRating);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(/already defined by trust-signals 0\.1\.0; this copy \(9\.9\.9\)/);
      const el = await fixture<TrustStarRating>(html`<trust-star-rating value="2"></trust-star-rating>`);
      expect(label(el)).to.equal('2 out of 5 stars');
    } finally {
      log.restore();
    }
  });

  it('the same class registered under a second tag works too', async () => {
    defineElement('shop-rating', TrustStarRating);
    const el = await fixture<TrustStarRating>(html`<shop-rating value="1"></shop-rating>`);
    expect(label(el)).to.equal('1 out of 5 stars');
  });
});

describe('<trust-star-rating> accessibility (axe)', () => {
  const states = [
    html`<trust-star-rating value="4.3" count="120"></trust-star-rating>`,
    html`<trust-star-rating></trust-star-rating>`,
    html`<trust-star-rating count="0"></trust-star-rating>`,
    html`<trust-star-rating value="oops"></trust-star-rating>`,
    html`<label>Rating <trust-star-rating mode="input" name="r"></trust-star-rating></label>`,
    html`<trust-star-rating mode="input" value="3" precision="0.5"></trust-star-rating>`,
    html`<trust-star-rating mode="input" value="3" readonly></trust-star-rating>`,
    html`<trust-star-rating mode="input" value="3" disabled></trust-star-rating>`,
    html`<trust-star-rating mode="input" required></trust-star-rating>`,
    html`<div dir="rtl" lang="ar"><trust-star-rating value="3.5" count="9"></trust-star-rating></div>`,
    html`<div class="trust-theme-dark" style="background:#0d1117;color:#e6edf3"><trust-star-rating value="3.5" count="9"></trust-star-rating></div>`,
  ];
  states.forEach((state, i) => {
    it(`state ${i + 1} has no violations`, async () => {
      const log = captureConsole();
      try {
        const el = await fixture(state);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });
  });
});

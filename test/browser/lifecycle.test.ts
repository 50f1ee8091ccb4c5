/**
 * Hostile property values: whatever a page sets, no exception leaves an
 * element (connecting, attribute changes, updates), and the console names
 * the field when it can.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole, type ConsoleCapture } from './helpers.js';

/** A value whose every use throws, even turning it into text. */
const explosive = () =>
  new Proxy([], {
    get() {
      throw {
        [Symbol.toPrimitive]() {
          throw new Error('no');
        },
      };
    },
  });

describe('hostile values never throw out of an element', () => {
  let log: ConsoleCapture;
  let uncaught: string[];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    uncaught.push('unhandled rejection');
    event.preventDefault();
  };
  beforeEach(() => {
    log = captureConsole();
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    log.restore();
    fixtureCleanup();
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('a property that throws on every read, on every element', async () => {
    for (const [tag, property] of [
      ['trust-star-rating', 'value'],
      ['trust-review-list', 'data'],
      ['trust-review-summary', 'data'],
      ['trust-review', 'review'],
      ['trust-product', 'product'],
      ['trust-review-form', 'timeoutMs'],
    ] as const) {
      const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      el[property] = explosive();
      document.body.append(el);
      await settle();
      el.remove();
    }
    expect(uncaught).to.deep.equal([]);
    expect(log.errors.length).to.be.greaterThan(0);
  });

  it('BigInt values where text is expected are reported by field, not thrown', async () => {
    const summary = document.createElement('trust-review-summary') as HTMLElement & { for: unknown };
    summary.for = 1n;
    document.body.append(summary);
    const list = await fixture<HTMLElement & { sort: unknown }>(html`<trust-review-list .data=${{ version: 1, reviews: [] }}></trust-review-list>`);
    list.sort = 5n;
    await settle();
    summary.remove();
    expect(uncaught).to.deep.equal([]);
    expect(log.errors.some((e) => /<trust-review-summary> for: expected the id of a <trust-review-list> on the page, got 1n/.test(e))).to.equal(true);
    expect(log.errors.some((e) => /<trust-review-list> sort: expected newest, .*got 5n/.test(e))).to.equal(true);
  });
});

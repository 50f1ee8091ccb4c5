/**
 * A shop theme's global CSS must not break the elements: generic rules
 * (button, ul, *, svg) stop at the shadow root, and inherited text styles
 * that would distort them are reset on each host.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/star-rating/star-rating.js';
import '../../src/components/review-list/review-list.js';
import type { TrustReviewList } from '../../src/components/review-list/review-list.component.js';
import { part } from './helpers.js';

const THEME = `
  * { letter-spacing: 4px !important; }
  body { text-transform: uppercase; text-indent: 3em; word-spacing: 1em; font-style: italic; }
  button { background: rgb(255, 0, 0) !important; border-radius: 0 !important; padding: 40px !important; }
  ul, ol { list-style: square !important; margin: 80px !important; }
  svg { width: 100% !important; height: 300px !important; }
`;

describe('page CSS cannot break the elements', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = THEME;
    document.head.append(style);
  });
  after(() => style.remove());

  it('the star rating keeps its size and text styles', async () => {
    const el = await fixture(html`<trust-star-rating value="4" count="12" style="--star-size: 20px"></trust-star-rating>`);
    const svg = part(el, 'svg.stars');
    expect(svg.getBoundingClientRect().height).to.be.closeTo(20, 0.5);
    expect(svg.getBoundingClientRect().width).to.be.closeTo(100, 0.5);
    const count = getComputedStyle(part(el, '[part="count"]'));
    expect(count.textTransform).to.equal('none');
    expect(count.fontStyle).to.equal('normal');
  });

  it('the review list keeps its own buttons and lists', async () => {
    const feed = {
      version: 1,
      disclosure: { verification: 'not-verified' },
      reviews: Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, author: 'A B', rating: 4, date: '2026-01-01', provenance: 'organic', body: 'Fine' })),
    };
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${feed}></trust-review-list>`);
    await el.updateComplete;
    const more = getComputedStyle(part(el, '[part="paging"] button'));
    expect(more.backgroundColor).not.to.equal('rgb(255, 0, 0)');
    expect(more.paddingTop).not.to.equal('40px');
    expect(getComputedStyle(part(el, '[part="reviews"]')).listStyleType).to.equal('none');
    expect(getComputedStyle(part(el, '[part="reviews"]')).marginTop).to.equal('0px');
    expect(getComputedStyle(part(el, '[part="toolbar"] label')).textTransform).to.equal('none');
  });
});

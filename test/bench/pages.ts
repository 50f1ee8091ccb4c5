/**
 * Code the benchmark runs inside headless Chromium (bundled with Lit by
 * bench.mjs). Each pair measures the library against a baseline doing the
 * same visible work with the least machinery, in the same page and run.
 */
import { html, render } from 'lit';
import '../../src/components/star-rating/star-rating.js';
import '../../src/components/review-list/review-list.js';
import { starFillUnits, starRowPath, STAR_CELL } from '../../src/core/rating.js';
import type { TrustReviewList } from '../../src/components/review-list/review-list.component.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const stage = () => {
  document.getElementById('stage')?.remove();
  const el = document.createElement('div');
  el.id = 'stage';
  document.body.append(el);
  return el;
};

const layout = (el: HTMLElement) => el.getBoundingClientRect().height;

/** All custom elements under `root`, through shadow roots. */
function deepElements(root: ParentNode): Updatable[] {
  const out: Updatable[] = [];
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) out.push(el as Updatable);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

async function settled(root: ParentNode): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.all(deepElements(root).map((el) => el.updateComplete));
}

function value(i: number): number {
  return 1 + ((i * 37) % 41) / 10;
}

/** 1,000 ratings as elements: created, connected, rendered and laid out. */
async function ratings(n: number): Promise<number> {
  const root = stage();
  const t0 = performance.now();
  const frag = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const el = document.createElement('trust-star-rating');
    el.setAttribute('value', String(value(i)));
    el.setAttribute('count', String(10 + i));
    frag.append(el);
  }
  root.append(frag);
  await Promise.all([...root.children].map((el) => (el as Updatable).updateComplete));
  layout(root);
  return performance.now() - t0;
}

/** The floor: the same star rows as static SVG markup, parsed and laid out. */
function staticRatings(n: number): number {
  const root = stage();
  const t0 = performance.now();
  const row = starRowPath(5);
  let markup = '';
  for (let i = 0; i < n; i++) {
    markup += `<span role="img" aria-label="${value(i)} out of 5 stars"><svg viewBox="0 0 ${5 * STAR_CELL} ${STAR_CELL}" height="20" aria-hidden="true"><path fill="#eee" d="${row}"/><svg width="${starFillUnits(value(i), 5)}" height="24"><path fill="#f2a516" d="${row}"/></svg></svg> (${10 + i})</span>`;
  }
  root.innerHTML = markup; // benchmark baseline only: constant markup, no data
  layout(root);
  return performance.now() - t0;
}

let list: TrustReviewList | undefined;

/** First render of <trust-review-list> from the feed's JSON text (parse, validate, sort, render a page). */
async function listFirstRender(text: string): Promise<number> {
  const root = stage();
  const t0 = performance.now();
  list = document.createElement('trust-review-list') as TrustReviewList;
  list.now = Date.parse('2026-12-01');
  list.data = JSON.parse(text);
  root.append(list);
  await settled(root);
  layout(root);
  return performance.now() - t0;
}

async function listChange(change: (l: TrustReviewList) => void): Promise<number> {
  const root = document.getElementById('stage')!;
  const t0 = performance.now();
  change(list!);
  await settled(root);
  layout(root);
  return performance.now() - t0;
}

interface PlainReview {
  id: string;
  author: { name: string };
  rating: number;
  title?: string;
  body?: string;
  date: string;
  helpful?: { up: number };
}

let plain: PlainReview[] = [];

const plainPage = (reviews: PlainReview[]) =>
  html`<ol>
    ${reviews.slice(0, 10).map(
      (r) => html`<li>
        <article>
          <span role="img" aria-label=${`${r.rating} out of 5 stars`}>${'★'.repeat(Math.round(r.rating))}</span>
          <h3>${r.title}</h3>
          <p>${r.author.name} · <time datetime=${r.date}>${r.date}</time></p>
          <p>${r.body}</p>
          <button>Yes (${r.helpful?.up ?? 0})</button>
        </article>
      </li>`,
    )}
  </ol>`;

/** Baseline: a plain lit-html list of the same page (parse, sort, render), no validation or components. */
function plainFirstRender(text: string): number {
  const root = stage();
  const t0 = performance.now();
  plain = (JSON.parse(text) as { reviews: PlainReview[] }).reviews;
  const sorted = plain.slice().sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  render(plainPage(sorted), root);
  layout(root);
  return performance.now() - t0;
}

function plainChange(pick: (reviews: PlainReview[]) => PlainReview[]): number {
  const root = document.getElementById('stage')!;
  const t0 = performance.now();
  render(plainPage(pick(plain)), root);
  layout(root);
  return performance.now() - t0;
}

const select = (l: TrustReviewList) => l.shadowRoot!.querySelector<HTMLSelectElement>('[part="toolbar"] select')!;

Object.assign(window, {
  bench: {
    ratings,
    staticRatings,
    listFirstRender,
    plainFirstRender,
    listResort: () =>
      listChange((l) => {
        select(l).value = 'lowest';
        select(l).dispatchEvent(new Event('change'));
      }),
    plainResort: () => plainChange((all) => all.slice().sort((a, b) => a.rating - b.rating)),
    listRefilter: () => listChange((l) => l.filterStars(3)),
    plainRefilter: () => plainChange((all) => all.filter((r) => Math.floor(r.rating) === 3).sort((a, b) => a.rating - b.rating)),
  },
});

import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TrustReviewList } from '../src/classes.js';
import { failOnce, never, status, withFetchStub } from './fetch-stub.js';
import { withJsonLd } from './jsonld-panel.js';
import { arabicFeed, demoFeed, hostileFeed, noDisclosureFeed, NOW, noReviewsFeed, oneReviewFeed } from './sample-data.js';

type ListArgs = {
  src?: string;
  'use-page-jsonld'?: boolean;
  'page-size'?: number;
  paging?: 'more' | 'pages';
  sort?: 'newest' | 'highest' | 'lowest' | 'most-helpful';
  'image-hosts'?: string;
  'heading-level'?: number;
  now?: number;
  '--list-gap'?: string;
  '--list-loading-size'?: string;
};

type Story = StoryObj<ListArgs>;

/** Custom properties from the args (names starting with `--`), as an inline style. */
function cssVars(args: ListArgs): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(args).filter(([key, v]) => key.startsWith('--') && v)) as Record<string, string>;
}

/** One `<trust-review-list>` with every arg bound to its attribute; `data` is the property, `setUp` runs once it has rendered. */
function list(args: ListArgs, data?: unknown, options: { id?: string; setUp?: (list: TrustReviewList) => void } = {}): TemplateResult {
  return html`<trust-review-list
    id=${ifDefined(options.id)}
    .data=${data}
    src=${ifDefined(args.src || undefined)}
    ?use-page-jsonld=${args['use-page-jsonld']}
    page-size=${ifDefined(args['page-size'])}
    paging=${ifDefined(args.paging)}
    sort=${ifDefined(args.sort)}
    image-hosts=${ifDefined(args['image-hosts'] || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    now=${ifDefined(args.now)}
    style=${styleMap({ maxInlineSize: '48rem', ...cssVars(args) })}
    ${ref((el) => {
      if (!el || !options.setUp) return;
      const element = el as TrustReviewList;
      void element.updateComplete.then(() => options.setUp?.(element));
    })}
  ></trust-review-list>`;
}

const meta = {
  title: 'Components/Review list',
  component: 'trust-review-list',
  decorators: [withJsonLd],
  render: (args) => list(args, demoFeed),
  args: { now: NOW, 'use-page-jsonld': false },
  argTypes: {
    src: { control: 'text' },
    'use-page-jsonld': { control: 'boolean' },
    'page-size': { control: { type: 'number', min: 1, max: 100, step: 1 } },
    paging: { control: 'inline-radio', options: ['more', 'pages'] },
    sort: { control: 'select', options: ['newest', 'highest', 'lowest', 'most-helpful'] },
    'image-hosts': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    now: { control: 'date' },
    // The manifest types custom properties as void; they take strings here.
    '--list-gap': { control: 'text', type: 'string' },
    '--list-loading-size': { control: 'text', type: 'string' },
  },
  parameters: {
    actions: { handles: ['trust-filter-change trust-review-list', 'trust-review-vote trust-review-list'] },
  },
} satisfies Meta<ListArgs>;

export default meta;

const describe = (story: string) => ({ docs: { description: { story } } });

export const ManyReviews: Story = {
  name: 'Many reviews',
  parameters: describe(
    'The demo feed: 36 reviews in five languages, newest first, ten at a time behind “Show more reviews”, with the shop’s review-collection disclosure on top. The JSON-LD holds the aggregate and the reviews shown.',
  ),
};

export const NumberedPages: Story = {
  name: 'Numbered pages',
  args: { paging: 'pages', 'page-size': 5 },
  parameters: describe('`paging="pages"` shows page buttons (first, last and two either side of the current page) instead of “Show more”.'),
};

export const LowestFirst: Story = {
  name: 'Lowest rating first',
  args: { sort: 'lowest' },
  parameters: describe('`sort="lowest"` sets the initial sort; the shopper can change it in the toolbar.'),
};

export const OneReview: Story = {
  name: 'One review',
  render: (args) => list(args, oneReviewFeed),
  parameters: describe('A single review: no paging, and the aggregate in the JSON-LD is computed from that one review.'),
};

export const NoReviews: Story = {
  name: 'No reviews yet',
  render: (args) => list(args, noReviewsFeed),
  parameters: describe('A product without reviews: the disclosure still shows, there is no toolbar, and the list says “No reviews yet.”'),
};

export const Loading: Story = {
  args: { src: 'stub-list-never.json' },
  render: (args) => list(args),
  decorators: [withFetchStub(() => ({ 'stub-list-never.json': never }))],
  parameters: describe('While `src` loads (here a stubbed `fetch` that never answers) a status says “Loading reviews…” in a box of `--list-loading-size`.'),
};

export const LoadError: Story = {
  name: 'Load error',
  args: { src: 'stub-list-500.json' },
  render: (args) => list(args),
  decorators: [withFetchStub(() => ({ 'stub-list-500.json': status(500) }))],
  parameters: describe('`src` answers HTTP 500 (a stubbed `fetch`): an alert and a “Try again” button, which fails again here.'),
};

export const RetryAfterError: Story = {
  name: 'Load error, then retry',
  args: { src: 'stub-list-flaky.json' },
  render: (args) => list(args),
  decorators: [withFetchStub(() => ({ 'stub-list-flaky.json': failOnce(demoFeed) }))],
  parameters: describe('The first load fails with HTTP 500, the next one works: press “Try again” to load the reviews.'),
};

export const FilteredByOneStar: Story = {
  name: 'Filtered by one star (linked summary)',
  render: (args, context: StoryContext) => {
    const id = `${context.id}-list`;
    return html`<div style="display: grid; gap: 1.5rem">
      <trust-review-summary for=${id} style="max-inline-size: 26rem"></trust-review-summary>
      ${list(args, demoFeed, {
        id,
        // Re-rendering keeps the filter instead of toggling it off.
        setUp: (element) => {
          if (element.currentFilters.stars.join() !== '1') element.filterStars(1);
        },
      })}
    </div>`;
  },
  parameters: describe(
    'After `list.filterStars(1)`: the summary’s one-star bar is pressed, the list says “Showing 2 of 36 reviews”, and the average stays over all reviews. “Show all reviews” clears it.',
  ),
};

export const MissingDisclosure: Story = {
  name: 'Missing disclosure',
  render: (args) => list(args, noDisclosureFeed),
  parameters: describe(
    'A feed without `disclosure`: the list says the shop has not stated whether reviewers bought the product, and warns once in the console (EU law asks for the statement).',
  ),
};

export const HostileContent: Story = {
  name: 'Hostile content',
  render: (args) => list(args, hostileFeed),
  parameters: describe(
    '`demo/data/reviews-hostile.json`: tags, script breakouts and template syntax show as plain text, unsafe links and photos are left out, and invalid reviews are dropped with console errors naming the field.',
  ),
};

export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args) => html`<trust-review-list now=${ifDefined(args.now)} page-size=${ifDefined(args['page-size'])}>
    <script type="application/json">
      ${JSON.stringify(oneReviewFeed)}
    </script>
  </trust-review-list>`,
  parameters: describe('A server-rendered page puts the feed in a `<script type="application/json">` child; it is read as data, never run.'),
};

/** A theme's own schema.org markup, as a store theme prints it. */
const themeJsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Product',
  '@id': 'https://theme.example/products/teapot#product',
  name: 'Stoneware teapot, 1 l',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2 },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Maja Holm' },
      datePublished: '2026-10-04',
      reviewRating: { '@type': 'Rating', ratingValue: 5 },
      name: 'Keeps the tea hot',
      reviewBody: 'Heavy lid, no drips when pouring.',
    },
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Lukas Brandt' },
      datePublished: '2026-09-12',
      reviewRating: { '@type': 'Rating', ratingValue: 4 },
      reviewBody: 'Lovely glaze; the strainer is a little coarse.',
    },
  ],
});

export const FromPageJsonLd: Story = {
  name: 'From the page’s JSON-LD',
  args: { 'use-page-jsonld': true },
  render: (args) => html`<script type="application/ld+json">
      ${themeJsonLd}
    </script>
    ${list(args)}`,
  parameters: describe(
    '`use-page-jsonld` reads reviews from schema.org JSON-LD the theme already prints. That markup already rates the product, so the block trust-signals writes has no second aggregate (one console warning says so).',
  ),
};

export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic',
  globals: { locale: 'ar', dir: 'rtl' },
  render: (args) => html`<div lang="ar" dir="rtl">${list(args, arabicFeed)}</div>`,
  parameters: describe('Arabic reviews on a right-to-left page: the layout mirrors, and the review in mixed Arabic and English keeps each run in its own direction.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { 'page-size': 4 },
  parameters: describe('The `.trust-theme-dark` class on an ancestor switches every colour token; the toolbar’s theme switch does the same for any story.'),
};

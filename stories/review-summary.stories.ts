import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { never, status, withFetchStub } from './fetch-stub.js';
import { withJsonLd } from './jsonld-panel.js';
import { arabicFeed, demoFeed, NOW, noProductFeed, noReviewsFeed, oneReviewFeed } from './sample-data.js';

type SummaryArgs = {
  for?: string;
  src?: string;
  'use-page-jsonld'?: boolean;
  'image-hosts'?: string;
  '--summary-bar-color'?: string;
  '--summary-track-color'?: string;
  '--summary-row-size'?: string;
};

type Story = StoryObj<SummaryArgs>;

/** Custom properties from the args (names starting with `--`), as an inline style. */
function cssVars(args: SummaryArgs): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(args).filter(([key, v]) => key.startsWith('--') && v)) as Record<string, string>;
}

/** One `<trust-review-summary>` with every arg bound to its attribute, and `data` as the property. */
function summary(args: SummaryArgs, data?: unknown): TemplateResult {
  return html`<trust-review-summary
    .data=${data}
    for=${ifDefined(args.for || undefined)}
    src=${ifDefined(args.src || undefined)}
    ?use-page-jsonld=${args['use-page-jsonld']}
    image-hosts=${ifDefined(args['image-hosts'] || undefined)}
    style=${styleMap({ maxInlineSize: '26rem', ...cssVars(args) })}
  ></trust-review-summary>`;
}

const meta = {
  title: 'Components/Review summary',
  component: 'trust-review-summary',
  decorators: [withJsonLd],
  render: (args) => summary(args, demoFeed),
  args: { 'use-page-jsonld': false },
  argTypes: {
    for: { control: 'text' },
    src: { control: 'text' },
    'use-page-jsonld': { control: 'boolean' },
    'image-hosts': { control: 'text' },
    // The manifest types custom properties as void; they take strings here.
    '--summary-bar-color': { control: 'color', type: 'string' },
    '--summary-track-color': { control: 'color', type: 'string' },
    '--summary-row-size': { control: 'text', type: 'string' },
  },
} satisfies Meta<SummaryArgs>;

export default meta;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Default: Story = {
  parameters: describe(
    'The demo feed: an average of 4.06 over 36 reviews, shown cut to one decimal (4.0, never rounded up), and one bar per star, read out as “5 stars, 18 reviews, 50%”. The feed names a product, so the summary adds an AggregateRating to the page’s JSON-LD.',
  ),
};

/** A summary linked to a list by `for`; the list brings the data. */
function linked(args: SummaryArgs, context: StoryContext): TemplateResult {
  const id = `${context.id}-list`;
  return html`<div style="display: grid; gap: 1.5rem">
    ${summary({ ...args, for: id })}
    <trust-review-list id=${id} .data=${demoFeed} now=${NOW} page-size="3"></trust-review-list>
  </div>`;
}

export const LinkedToAList: Story = {
  name: 'Linked to a list',
  render: linked,
  parameters: describe(
    '`for="<list id>"` reads the list’s feed and turns each bar into a toggle button that filters the list; the average and bars never change with a filter.',
  ),
};

export const NoReviews: Story = {
  name: 'No reviews yet',
  render: (args) => summary(args, noReviewsFeed),
  parameters: describe('A product nobody has reviewed: no average, empty bars, and the stars say “No ratings yet”; the JSON-LD names the product without an AggregateRating.'),
};

export const OneReview: Story = {
  name: 'One review',
  render: (args) => summary(args, oneReviewFeed),
  parameters: describe('Without a stated aggregate the numbers are computed from the reviews themselves: one five-star review is 100% of five stars.'),
};

export const Loading: Story = {
  args: { src: 'stub-summary-never.json' },
  render: (args) => summary(args),
  decorators: [withFetchStub(() => ({ 'stub-summary-never.json': never }))],
  parameters: describe('While `src` loads (here a stubbed `fetch` that never answers) the box keeps its size and is marked `aria-busy`.'),
};

export const LoadError: Story = {
  name: 'Load error',
  args: { src: 'stub-summary-500.json' },
  render: (args) => summary(args),
  decorators: [withFetchStub(() => ({ 'stub-summary-500.json': status(500) }))],
  parameters: describe('`src` answers HTTP 500 (a stubbed `fetch`): the summary has no error message of its own; it keeps its empty bars and logs one console error naming `src`.'),
};

export const WithoutAProduct: Story = {
  name: 'Without a product',
  render: (args) => summary(args, noProductFeed),
  parameters: describe('A feed without `product`: the summary shows the same numbers but writes no JSON-LD, since it cannot say what was rated.'),
};

export const CustomColours: Story = {
  name: 'Custom colours',
  args: { '--summary-bar-color': '#0f7b3f', '--summary-track-color': '#dff3e6', '--summary-row-size': '2.25em' },
  parameters: describe('`--summary-bar-color`, `--summary-track-color` and `--summary-row-size` restyle the bars without touching the theme.'),
};

export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic',
  globals: { locale: 'ar', dir: 'rtl' },
  render: (args) => html`<div lang="ar" dir="rtl">${summary(args, arabicFeed)}</div>`,
  parameters: describe('In Arabic the bars grow from the right and numbers and percentages are formatted for the locale.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: linked,
  parameters: describe('The `.trust-theme-dark` class on an ancestor switches every colour token; the toolbar’s theme switch does the same for any story.'),
};

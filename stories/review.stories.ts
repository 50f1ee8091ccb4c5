import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TrustReview } from '../src/classes.js';
import { parseReviewFeed } from '../src/core/feed.js';
import { withJsonLd } from './jsonld-panel.js';
import { arabicFeed, demoReview, hostileFeed, NOW, oneReviewFeed, provenanceReviews } from './sample-data.js';

type ReviewArgs = {
  'heading-level'?: number;
  'image-hosts'?: string;
  now?: number;
  '--review-padding'?: string;
  '--review-border'?: string;
  '--review-background'?: string;
  '--review-body-lines'?: string;
  '--review-photo-size'?: string;
};

type Story = StoryObj<ReviewArgs>;

/** Custom properties from the args (names starting with `--`), as an inline style. */
function cssVars(args: ReviewArgs): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(args).filter(([key, v]) => key.startsWith('--') && v)) as Record<string, string>;
}

/** One `<trust-review>` from raw JSON (`data`), every arg bound to its attribute; `setUp` runs once it has rendered. */
function card(args: ReviewArgs, data: unknown, setUp?: (card: TrustReview) => void): TemplateResult {
  return html`<trust-review
    .data=${data}
    heading-level=${ifDefined(args['heading-level'])}
    image-hosts=${ifDefined(args['image-hosts'] || undefined)}
    now=${ifDefined(args.now)}
    style=${styleMap({ maxInlineSize: '40rem', ...cssVars(args) })}
    ${ref((el) => {
      if (!el || !setUp) return;
      const element = el as TrustReview;
      void element.updateComplete.then(() => setUp(element));
    })}
  ></trust-review>`;
}

/** Cards side by side, as many as fit. */
function grid(cards: TemplateResult[]): TemplateResult {
  return html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; align-items: start">${cards}</div>`;
}

const meta = {
  title: 'Components/Review',
  component: 'trust-review',
  decorators: [withJsonLd],
  render: (args) => card(args, demoReview('fj-r-1003')),
  args: { now: NOW },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    'image-hosts': { control: 'text' },
    now: { control: 'date' },
    // The manifest types custom properties as void; they take strings here.
    '--review-padding': { control: 'text', type: 'string' },
    '--review-border': { control: 'text', type: 'string' },
    '--review-background': { control: 'color', type: 'string' },
    '--review-body-lines': { control: 'text', type: 'string' },
    '--review-photo-size': { control: 'text', type: 'string' },
  },
  parameters: {
    actions: { handles: ['trust-review-vote trust-review'] },
  },
} satisfies Meta<ReviewArgs>;

export default meta;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Default: Story = {
  parameters: describe(
    'One review from raw JSON (`data`): rating, title, shown name, provenance label, relative date with the full date for screen readers, and helpful votes. A card alone writes no JSON-LD.',
  ),
};

export const FromValidatedModel: Story = {
  name: 'From a validated model',
  render: (args) => {
    const review = parseReviewFeed(oneReviewFeed, { baseUrl: document.baseURI }).value.reviews[0];
    return html`<trust-review .review=${review} now=${ifDefined(args.now)} style="max-inline-size: 40rem"></trust-review>`;
  },
  parameters: describe('`review` takes a review the core parser has already validated, which is how `<trust-review-list>` passes each card its review.'),
};

export const EveryProvenance: Story = {
  name: 'Every provenance',
  render: (args) => grid(provenanceReviews.map((review) => card(args, review))),
  parameters: describe(
    'Verified purchase, invited, without an order, imported, syndicated, incentivized, staff, and a review that states none (“source not stated”). The label can be styled but never hidden.',
  ),
};

/** Opens the first photo in the single-story view only (in docs a modal dialog would cover the page). */
function openFirstPhoto(context: StoryContext) {
  return (element: TrustReview) => {
    if (context.viewMode === 'story') element.shadowRoot?.querySelector<HTMLButtonElement>('button.thumb')?.click();
  };
}

export const Photos: Story = {
  render: (args, context) => card(args, demoReview('fj-r-1035'), openFirstPhoto(context)),
  parameters: describe(
    'Thumbnails are buttons; one opens the photo in a modal dialog with its description and a close button (opened here in the single-story view). Photos load only from `image-hosts`, by default the page’s own host.',
  ),
};

export const MerchantReply: Story = {
  name: 'Merchant reply',
  render: (args) => card(args, demoReview('fj-r-1029')),
  parameters: describe('A one-star review with the shop’s public reply underneath, headed with who answered and when.'),
};

export const LongText: Story = {
  name: 'Long text',
  render: (args) => card(args, demoReview('fj-r-1033')),
  parameters: describe('Text over 600 characters (or 8 lines) starts clamped to `--review-body-lines` lines behind “Read more”; pros and cons follow as two short lists.'),
};

export const AuthorNames: Story = {
  name: 'Author names',
  render: (args) => grid([demoReview('fj-r-1032'), demoReview('fj-r-1033'), demoReview('fj-r-1015')].map((review) => card(args, review))),
  parameters: describe('`display: full` shows the name as given, `first-initial` shows “Daniel O.”, and `anonymous` never reads the name.'),
};

export const ForeignLanguage: Story = {
  name: 'Written in another language',
  render: (args) => card(args, demoReview('fj-r-1034')),
  parameters: describe('A Dutch review on an English page says “Written in Dutch”; its text keeps `lang="nl"` for screen readers and hyphenation.'),
};

const hostileReviews = (hostileFeed as { reviews: Array<{ id: string }> }).reviews;

export const HostileContent: Story = {
  name: 'Hostile content',
  render: (args) =>
    grid(
      ['h-01-script-title', 'h-02-attr-breakout', 'h-03-template', 'h-06-zwj-bidi', 'h-07-bad-photo-urls'].map((id) =>
        card(
          args,
          hostileReviews.find((r) => r.id === id),
        ),
      ),
    ),
  parameters: describe(
    'Titles, names, text, pros, cons, replies and photo descriptions full of markup and script stay text; a right-to-left override stays inside its own text; only the one safe photo URL is shown.',
  ),
};

export const Unreadable: Story = {
  name: 'Unreadable review',
  render: (args) => card(args, { id: 'broken', author: 'Nobody', rating: 'five', date: 'yesterday' }),
  parameters: describe('A review missing its required fields renders nothing and logs one console error per field; the page goes on.'),
};

export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic',
  globals: { locale: 'ar', dir: 'rtl' },
  render: (args) => html`<div lang="ar" dir="rtl">${grid(arabicFeed.reviews.map((review) => card(args, review)))}</div>`,
  parameters: describe('Arabic cards mirror; mixed Arabic and English text and the Latin author name keep their own direction.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: (args) => card(args, demoReview('fj-r-1034')),
  parameters: describe('The `.trust-theme-dark` class on an ancestor switches every colour token; the toolbar’s theme switch does the same for any story.'),
};

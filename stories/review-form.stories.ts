import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TrustReviewForm } from '../src/classes.js';
import { failOnce, never, withFetchStub } from './fetch-stub.js';

type FormArgs = {
  action?: string;
  'terms-url'?: string;
  'product-name'?: string;
  'ask-email'?: boolean;
  photos?: boolean;
  'reset-on-success'?: boolean;
  'timeout-ms'?: number;
  'heading-level'?: number;
  '--form-gap'?: string;
  '--input-radius'?: string;
};

type Story = StoryObj<FormArgs>;

/** Custom properties from the args (names starting with `--`), as an inline style. */
function cssVars(args: FormArgs): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(args).filter(([key, v]) => key.startsWith('--') && v)) as Record<string, string>;
}

/**
 * Stands in for the shop when there is no `action`: cancels the submit event
 * and shows the review it carries, instead of sending it anywhere.
 */
function showReview(event: Event): void {
  const form = event.currentTarget as TrustReviewForm;
  if (form.action) return;
  event.preventDefault();
  const { review, photos } = (event as CustomEvent<{ review: unknown; photos: File[] }>).detail;
  const output = form.closest('.form-demo')?.querySelector('output');
  if (output) output.textContent = JSON.stringify({ review, photos: photos.map((p) => p.name) }, null, 2);
}

/** One `<trust-review-form>` with every arg bound to its attribute; `setUp` runs once it has rendered. */
function reviewForm(args: FormArgs, setUp?: (form: TrustReviewForm) => void): TemplateResult {
  return html`<div class="form-demo" style="max-inline-size: 36rem">
    <trust-review-form
      action=${ifDefined(args.action || undefined)}
      terms-url=${ifDefined(args['terms-url'])}
      product-name=${ifDefined(args['product-name'] || undefined)}
      ?ask-email=${args['ask-email']}
      ?photos=${args.photos}
      ?reset-on-success=${args['reset-on-success']}
      timeout-ms=${ifDefined(args['timeout-ms'])}
      heading-level=${ifDefined(args['heading-level'])}
      style=${styleMap(cssVars(args))}
      @trust-review-submit=${showReview}
      ${ref((el) => {
        if (!el || !setUp) return;
        const form = el as TrustReviewForm;
        void form.updateComplete.then(() => setUp(form));
      })}
    ></trust-review-form>
    <pre style="margin: 1rem 0 0; font-size: 0.8125rem; white-space: pre-wrap"><output></output></pre>
  </div>`;
}

const meta = {
  title: 'Components/Review form',
  component: 'trust-review-form',
  render: (args) => reviewForm(args),
  args: {
    'terms-url': 'https://shop.example/review-terms',
    'ask-email': false,
    photos: false,
    'reset-on-success': false,
  },
  argTypes: {
    action: { control: 'text' },
    'terms-url': { control: 'text' },
    'product-name': { control: 'text' },
    'ask-email': { control: 'boolean' },
    photos: { control: 'boolean' },
    'reset-on-success': { control: 'boolean' },
    'timeout-ms': { control: { type: 'number', min: 1, step: 1000 } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    // The manifest types custom properties as void; they take strings here.
    '--form-gap': { control: 'text', type: 'string' },
    '--input-radius': { control: 'text', type: 'string' },
  },
  parameters: {
    actions: { handles: ['trust-review-submit trust-review-form', 'trust-review-sent trust-review-form', 'trust-review-error trust-review-form'] },
  },
} satisfies Meta<FormArgs>;

export default meta;

const describe = (story: string) => ({ docs: { description: { story } } });

/** Submits the empty form, in the single-story view only (in docs it would move focus around the page). */
function submitEmpty(context: StoryContext) {
  return (form: TrustReviewForm) => {
    if (context.viewMode === 'story') form.shadowRoot?.querySelector('form')?.requestSubmit();
  };
}

export const Default: Story = {
  parameters: describe(
    'Without `action` the story cancels `trust-review-submit` and prints the review the event carries, as a shop that handles the review itself would receive it.',
  ),
};

export const ForAProduct: Story = {
  name: 'For a product',
  args: { 'product-name': 'Stoneware mug, 350 ml' },
  parameters: describe('`product-name` (or the name of an enclosing `<trust-product>`) turns the heading into “Review Stoneware mug, 350 ml”.'),
};

export const EmailAndPhotos: Story = {
  name: 'Email and photos',
  args: { 'ask-email': true, photos: true },
  parameters: describe(
    '`ask-email` adds an optional email field that says it is never published; `photos` adds up to 3 JPEG, PNG or WebP files of at most 5 MB, listed by name (no previews).',
  ),
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  args: { 'ask-email': true, photos: true },
  render: (args, context) => reviewForm(args, submitEmpty(context)),
  parameters: describe(
    'After a submit, each problem shows under its field, tied to it with `aria-describedby`, and a summary alert lists them; focus moves to the first invalid field. In docs, press “Send review” to see it.',
  ),
};

export const Success: Story = {
  render: (args) => reviewForm(args, (form) => form.showSuccess()),
  parameters: describe('After a 2xx answer (or `showSuccess()`): a thank-you status that says the review appears after moderation, and a button to write another.'),
};

export const Failure: Story = {
  render: (args) => reviewForm(args, (form) => form.showFailure()),
  parameters: describe('When sending fails (or after `showFailure()`): an alert, and everything typed stays, so submitting again retries.'),
};

const accepted = () => async () =>
  new Response(JSON.stringify({ id: 'review-123', status: 'pending' }), { status: 201, headers: { 'content-type': 'application/json' } });

export const PostAccepted: Story = {
  name: 'POST: accepted',
  args: { action: '/__stub__/review-accepted' },
  decorators: [withFetchStub(() => ({ '/__stub__/review-accepted': accepted() }))],
  parameters: describe(
    'With `action`, a valid review is POSTed as JSON (multipart with photos). Fill in the form and send it: a stubbed 201 answer shows the thank-you status and fires `trust-review-sent`.',
  ),
};

export const PostSending: Story = {
  name: 'POST: sending',
  args: { action: '/__stub__/review-never', 'timeout-ms': 600_000 },
  decorators: [withFetchStub(() => ({ '/__stub__/review-never': never }))],
  parameters: describe('An endpoint that never answers: after sending, the status says so and the button is `aria-busy` and `aria-disabled` (it keeps focus).'),
};

export const PostFailsThenRetry: Story = {
  name: 'POST: fails, then retry',
  args: { action: '/__stub__/review-flaky', photos: true },
  decorators: [withFetchStub(() => ({ '/__stub__/review-flaky': failOnce({ id: 'review-123' }) }))],
  parameters: describe(
    'The first POST gets a 500: an alert says so and everything typed stays. Sending again succeeds. Without an answer in `timeout-ms` (15 s by default) it fails the same way.',
  ),
};

export const HostileAttributes: Story = {
  name: 'Hostile attributes',
  args: { 'product-name': '<img src=x onerror=alert(1)> \u202Egnp.exe', 'terms-url': 'javascript:alert(1)' },
  parameters: describe(
    'Attribute text is shown as text and bidi-isolated; an unsafe `terms-url` keeps the words “publishing terms” without a link and logs a warning naming `terms-url`.',
  ),
};

export const CustomLook: Story = {
  name: 'Custom look',
  args: { '--form-gap': '0.75rem', '--input-radius': '0' },
  parameters: describe('`--form-gap` sets the space between fields and `--input-radius` the corners of inputs and buttons; colours and fonts come from the theme tokens.'),
};

export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic',
  globals: { locale: 'ar', dir: 'rtl' },
  args: { photos: true },
  parameters: describe('Laid out with logical properties, so the form mirrors in right-to-left; the rating’s arrow keys follow the reading direction.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { 'ask-email': true },
  parameters: describe('The `.trust-theme-dark` class on an ancestor switches every colour token.'),
};

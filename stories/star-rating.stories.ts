import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { TrustStarRating } from '../src/classes.js';
import { withJsonLd } from './jsonld-panel.js';

type RatingArgs = {
  value?: number | string;
  max?: number;
  count?: number;
  mode?: 'display' | 'input';
  precision?: number;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  '--star-size'?: string;
  '--star-color'?: string;
  '--star-empty-color'?: string;
  '--star-outline-color'?: string;
};

type Story = StoryObj<RatingArgs>;

/** Custom properties from the args (names starting with `--`) as an inline style, or undefined for none. */
function cssVars(args: RatingArgs): string | undefined {
  const declarations = Object.entries(args)
    .filter(([key, value]) => key.startsWith('--') && value)
    .map(([key, value]) => `${key}: ${String(value)}`);
  return declarations.length ? declarations.join('; ') : undefined;
}

/**
 * Writes the element's accessible text into the caption that follows it:
 * "Not rated", "No ratings yet" and 0 stars look alike, and this tells them apart.
 */
function showSpoken(element?: Element): void {
  if (!element) return;
  const rating = element as TrustStarRating;
  // Wait a frame: a lang / dir change on the wrapper reaches the element through a MutationObserver.
  requestAnimationFrame(async () => {
    if (!rating.isConnected) return; // The docs' source snippet renders a detached copy.
    await rating.updateComplete;
    const caption = rating.closest('.sb-rating-demo')?.querySelector('.sb-spoken');
    if (!caption) return;
    // Two isolates, so an English label beside Arabic text keeps its order.
    const label = Object.assign(document.createElement('bdi'), { lang: 'en', textContent: 'Screen readers:' });
    const text = Object.assign(document.createElement('bdi'), { textContent: `“${rating.accessibleText}”` });
    caption.replaceChildren(label, ' ', text);
  });
}

/** One `<trust-star-rating>` with every arg bound to its attribute. */
function rating(args: RatingArgs, id?: string): TemplateResult {
  return html`<trust-star-rating
    id=${ifDefined(id)}
    value=${ifDefined(args.value)}
    max=${ifDefined(args.max)}
    count=${ifDefined(args.count)}
    mode=${ifDefined(args.mode)}
    precision=${ifDefined(args.precision)}
    name=${ifDefined(args.name || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    style=${ifDefined(cssVars(args))}
    ${ref((el) => showSpoken(el))}
  ></trust-star-rating>`;
}

/** A display rating with its accessible text underneath. */
function displayDemo(args: RatingArgs): TemplateResult {
  return html`<div class="sb-rating-demo">
    ${rating(args)}
    <p class="sb-spoken"></p>
  </div>`;
}

/** Shows what the form would submit, instead of leaving the page. */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const pairs = [...new FormData(form)].map(([key, value]) => `${key}=${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.textContent = pairs.length ? `Submitted: ${pairs.join('&')}` : 'Submitted: (no rating)';
}

type FormText = { label: string; submit: string; reset: string };

const ENGLISH: FormText = { label: 'Your rating', submit: 'Submit', reset: 'Reset' };

function clearOutput(event: Event): void {
  const output = (event.currentTarget as HTMLFormElement).querySelector('output');
  if (output) output.textContent = '';
}

/** An input-mode rating in a real form: label, submit, reset and the submitted FormData. */
function formDemo(args: RatingArgs, context: StoryContext, text: FormText = ENGLISH): TemplateResult {
  const id = `${context.id}-rating`;
  return html`<form class="sb-form" @submit=${showFormData} @reset=${clearOutput}>
    <p><label for=${id}>${text.label}</label></p>
    <p>${rating(args, id)}</p>
    <p>
      <button type="submit">${text.submit}</button>
      <button type="reset">${text.reset}</button>
    </p>
    <p><output for=${id}></output></p>
  </form>`;
}

const meta = {
  title: 'Components/Star rating',
  component: 'trust-star-rating',
  render: (args, context) => (args.mode === 'input' ? formDemo(args, context) : displayDemo(args)),
  args: {
    value: 4.3,
    count: 120,
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    value: { control: 'number' },
    max: { control: { type: 'number', min: 1, max: 10, step: 1 } },
    count: { control: { type: 'number', min: 0, step: 1 } },
    mode: { control: 'inline-radio', options: ['display', 'input'] },
    precision: { control: 'inline-radio', options: [1, 0.5] },
    name: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    // The manifest types custom properties as void; they take strings here.
    '--star-size': { control: 'text', type: 'string' },
    '--star-color': { control: 'color', type: 'string' },
    '--star-empty-color': { control: 'color', type: 'string' },
    '--star-outline-color': { control: 'color', type: 'string' },
  },
  // Every story shows the JSON-LD the rating contributes: none on its own, the aggregate inside a product.
  decorators: [withJsonLd],
  parameters: {
    // input and change show in the Actions panel.
    actions: { handles: ['input trust-star-rating', 'change trust-star-rating'] },
  },
} satisfies Meta<RatingArgs>;

export default meta;

/** Input-mode stories share the form; `mode` is fixed there. */
const inputStory = (args: Partial<RatingArgs>, description: string): Story => ({
  args: { value: undefined, count: undefined, mode: 'input', name: 'rating', ...args },
  parameters: { docs: { description: { story: description } } },
});

const describe = (story: string) => ({ docs: { description: { story } } });

export const Default: Story = {
  parameters: describe('An average of 4.3 from 120 reviews, read out as one sentence: “4.3 out of 5 stars, 120 reviews”.'),
};

export const InsideAProduct: Story = {
  args: { value: 4.3, count: 120 },
  render: (args) => html`<trust-product product-id="https://shop.example/p/kettle#product" name="Nordlys kettle" image="https://shop.example/img/nordlys.jpg" price="649.00" currency="SEK">
    <trust-star-rating value=${ifDefined(args.value)} count=${ifDefined(args.count)}></trust-star-rating>
  </trust-product>`,
  parameters: {
    ...describe('Inside a `<trust-product>` the rating’s average and count become the product’s AggregateRating in its one JSON-LD block (open the panel below). A rating of another product belongs in its own `<trust-product>`.'),
    jsonld: { open: true },
  },
};

const FILLS = [0, 0.5, 1.2, 2.75, 3.5, 4.3, 4.96, 5];

export const ExactFractionalFills: Story = {
  name: 'Exact fractional fills',
  args: { count: undefined },
  render: (args) => html`<div style="display: grid; grid-template-columns: auto auto 1fr; gap: 0.5rem 1rem; align-items: center">
    ${FILLS.map(
      (value) => html`<span style="font-variant-numeric: tabular-nums">${value}</span>
        <span class="sb-rating-demo" style="display: contents">
          ${rating({ ...args, value })}
          <span class="sb-spoken"></span>
        </span>`,
    )}
  </div>`,
  parameters: describe('Each star fills to the exact fraction of the value, never rounded to halves.'),
};

export const NoRatingsYet: Story = {
  name: 'No ratings yet',
  args: { value: undefined, count: 0 },
  parameters: describe('With a count of 0 there is nothing to average, so the stars stay empty and the text says “No ratings yet”.'),
};

export const NotRated: Story = {
  name: 'Not rated',
  args: { value: undefined, count: undefined },
  parameters: describe('Without a value the stars stay empty and the accessible text says “Not rated”.'),
};

export const BadInput: Story = {
  name: 'Bad input',
  args: { value: 'abc', count: undefined },
  argTypes: { value: { control: 'text' } },
  parameters: describe('An unreadable value (`value="abc"`) shows as “Not rated” and logs one console error naming the attribute; the page goes on.'),
};

export const TenPointScale: Story = {
  name: 'Ten-point scale',
  args: { value: 7.8, max: 10, count: 56 },
  parameters: describe('`max="10"` draws ten stars for sites that rate out of ten.'),
};

export const Sizes: Story = {
  render: (args) => html`<div style="display: grid; gap: 0.75rem">
    ${[
      ['Small', '1rem'],
      ['Medium', '1.5rem'],
      ['Large', '2.5rem'],
    ].map(([label, size]) => html`<div>
      <span style="display: inline-block; inline-size: 5rem">${label}</span>
      ${rating({ ...args, '--star-size': size })}
    </div>`)}
  </div>`,
  parameters: describe('`--star-size` sets the height of one star; the count text keeps the surrounding font size.'),
};

export const CustomColours: Story = {
  name: 'Custom colours',
  args: {
    '--star-color': '#0f7b3f',
    '--star-empty-color': '#dff3e6',
    '--star-outline-color': '#0b5a2e',
  },
  parameters: describe('`--star-color`, `--star-empty-color` and `--star-outline-color` restyle one rating without touching the theme.'),
};

export const InputMode: Story = {
  name: 'Input mode',
  ...inputStory({}, 'In a form the rating is a radio group: pick with pointer or keys, and its value is submitted under `name`.'),
};

export const InputHalfStars: Story = {
  name: 'Input half-star precision',
  ...inputStory({ precision: 0.5, value: 3.5 }, '`precision="0.5"` offers half stars; the `value` attribute is the default a form reset returns to.'),
};

export const Required: Story = inputStory({ required: true }, 'Submitting without a rating shows the browser’s own validation message and blocks the form.');

export const Readonly: Story = inputStory({ readonly: true, value: 4 }, 'Readonly keeps the rating focusable and submitted but not editable.');

export const Disabled: Story = inputStory({ disabled: true, value: 3 }, 'Disabled is neither focusable, editable nor submitted.');

export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic',
  globals: { locale: 'ar', dir: 'rtl' },
  args: { value: 4.3, count: 120 },
  render: (args, context) => html`<div lang="ar" dir="rtl" style="display: grid; gap: 1.5rem">
    ${displayDemo(args)} ${formDemo({ name: 'rating', mode: 'input' }, context, { label: 'تقييمك', submit: 'إرسال', reset: 'إعادة تعيين' })}
  </div>`,
  parameters: describe('In Arabic the stars fill from the right, numbers and text are localized, and the arrow keys follow the reading direction.'),
};

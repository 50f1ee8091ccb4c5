import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { TrustProduct } from '../src/classes.js';
import { withJsonLd } from './jsonld-panel.js';
import { demoFeed, hostileFeed, NOW, noProductFeed, oneReviewFeed } from './sample-data.js';

type ProductArgs = {
  'product-id'?: string;
  name?: string;
  sku?: string;
  gtin?: string;
  mpn?: string;
  brand?: string;
  image?: string;
  url?: string;
  description?: string;
  price?: string;
  currency?: string;
  availability?: string;
  jsonld?: '' | 'off';
};

type Story = StoryObj<ProductArgs>;

/** One `<trust-product>` with every arg bound to its attribute, around `content`. */
function product(args: ProductArgs, content: TemplateResult | string = ''): TemplateResult {
  return html`<trust-product
    product-id=${ifDefined(args['product-id'] || undefined)}
    name=${ifDefined(args.name || undefined)}
    sku=${ifDefined(args.sku || undefined)}
    gtin=${ifDefined(args.gtin || undefined)}
    mpn=${ifDefined(args.mpn || undefined)}
    brand=${ifDefined(args.brand || undefined)}
    image=${ifDefined(args.image || undefined)}
    url=${ifDefined(args.url || undefined)}
    description=${ifDefined(args.description || undefined)}
    price=${ifDefined(args.price || undefined)}
    currency=${ifDefined(args.currency || undefined)}
    availability=${ifDefined(args.availability || undefined)}
    jsonld=${ifDefined(args.jsonld || undefined)}
    >${content}</trust-product
  >`;
}

/** A product page section: heading, summary linked to a list, and the list. */
function reviewsSection(args: ProductArgs, context: StoryContext, feed: unknown = demoFeed): TemplateResult {
  const id = `${context.id}-list`;
  return html`<h2 style="margin: 0 0 1rem">${args.name ?? 'Product'}</h2>
    <div style="display: grid; gap: 1.5rem; max-inline-size: 48rem">
      <trust-review-summary for=${id} style="max-inline-size: 26rem"></trust-review-summary>
      <trust-review-list id=${id} .data=${feed} now=${NOW} page-size="3"></trust-review-list>
    </div>`;
}

const { product: kettle } = demoFeed;

const meta = {
  title: 'Components/Product',
  component: 'trust-product',
  decorators: [withJsonLd],
  render: (args, context) => product(args, reviewsSection(args, context)),
  args: {
    'product-id': kettle?.id,
    name: kettle?.name,
    sku: kettle?.sku,
    gtin: kettle?.gtin,
    brand: kettle?.brand,
    image: 'img/nordlys-front.svg',
    url: kettle?.url,
    price: '649.00',
    currency: 'SEK',
    availability: 'InStock',
  },
  argTypes: {
    'product-id': { control: 'text' },
    name: { control: 'text' },
    sku: { control: 'text' },
    gtin: { control: 'text' },
    mpn: { control: 'text' },
    brand: { control: 'text' },
    image: { control: 'text' },
    url: { control: 'text' },
    description: { control: 'text' },
    price: { control: 'text' },
    currency: { control: 'text' },
    availability: { control: 'select', options: ['InStock', 'OutOfStock', 'PreOrder', 'BackOrder', 'Discontinued'] },
    jsonld: { control: 'inline-radio', options: ['', 'off'] },
  },
  parameters: { jsonld: { open: true } },
} satisfies Meta<ProductArgs>;

export default meta;

const describe = (story: string) => ({ docs: { description: { story } } });

export const WithSummaryAndList: Story = {
  name: 'With summary and list',
  parameters: describe(
    'The product is named once by attributes; the list inside contributes the aggregate and the reviews it shows, merged into one Product node in one JSON-LD block. Filter or page the list and the block follows.',
  ),
};

export const ProductOnly: Story = {
  name: 'Product without widgets',
  render: (args) => product(args, html`<p style="margin: 0">Nothing but the product: its JSON-LD has the identity and the offer.</p>`),
  parameters: describe('Without widgets inside, the block describes the product and its offer only.'),
};

export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args, context) =>
    product(
      {},
      html`<script type="application/json">
          ${JSON.stringify(kettle)}
        </script>
        ${reviewsSection({ ...args, name: kettle?.name }, context, noProductFeed)}`,
    ),
  parameters: describe(
    'The product from a `<script type="application/json">` child (the feed’s `product` object, with two images and a description); the list’s feed names no product, and the container names it.',
  ),
};

export const TwoProducts: Story = {
  name: 'Two products on one page',
  render: (args) => html`<div style="display: grid; gap: 2rem">
    ${product(args, html`<trust-review-summary .data=${noProductFeed} style="max-inline-size: 26rem"></trust-review-summary>`)}
    ${product(
      { 'product-id': 'https://fjallbo.example/products/tekanna#product', name: 'Tekanna stoneware teapot, 1 l', price: '349.00', currency: 'SEK', availability: 'InStock' },
      html`<trust-review-summary .data=${{ ...oneReviewFeed, product: undefined }} style="max-inline-size: 26rem"></trust-review-summary>`,
    )}
  </div>`,
  parameters: describe(
    'Each `<trust-product>` writes its own block, and a widget’s aggregate goes to the product around it. The teapot has no image, so the console warns that merchant listings need one.',
  ),
};

export const JsonLdOff: Story = {
  name: 'JSON-LD off',
  args: { jsonld: 'off' },
  parameters: describe('`jsonld="off"` writes nothing to the page, for servers that print the same JSON-LD already; the widgets work as before.'),
};

export const MissingName: Story = {
  name: 'Missing name',
  args: { name: undefined },
  parameters: describe('Without a name there is no valid Product for search engines, so no block is written and the console says which field is missing.'),
};

/** Shows the `jsonLd` getter's text (as written to the page, escaped) below the product. */
function showEscaped(element?: Element): void {
  if (!element) return;
  const productElement = element as TrustProduct;
  // Blocks are written a microtask after the first update.
  void productElement.updateComplete.then(() =>
    setTimeout(() => {
      const out = productElement.parentElement?.querySelector('.sb-escaped');
      if (out) out.textContent = productElement.jsonLd ?? '(no JSON-LD)';
    }),
  );
}

export const HostileProduct: Story = {
  name: 'Hostile product data',
  render: () => html`<trust-product .product=${(hostileFeed as { product: unknown }).product} ${ref(showEscaped)}></trust-product>
    <p style="margin: 0 0 0.5rem">The <code>jsonLd</code> getter, exactly as written into <code>document.head</code>:</p>
    <pre class="sb-escaped" style="margin: 0; font-size: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere"></pre>`,
  parameters: describe(
    'A description with `</script><script>` and a `javascript:` image: the text escapes `<`, `>` and `&` as `\\u003c`-style sequences so it cannot end the script element, and the unsafe image is left out.',
  ),
};

import { css, html, type PropertyValues } from 'lit';
import { parseProduct, productAttributes } from '../../core/feed.js';
import { productGraphKey, type Product } from '../../core/model.js';
import { ProblemList, type Parsed } from '../../core/problems.js';
import { DataSourceController } from '../../internal/data-source.js';
import { pageBase } from '../../internal/page.js';
import { contribute, graphJsonLd, withdraw, type GraphContribution } from '../../internal/product-graph.js';
import { TrustElement } from '../../internal/trust-element.js';

let instances = 0;

/**
 * Names the product once for the widgets inside it and coordinates the
 * page's structured data: exactly one JSON-LD Product node for this product,
 * with the aggregate and reviews its widgets contribute merged in.
 *
 * The product comes from the `product` property, an inline
 * `<script type="application/json">` child (the feed's `product` object), or
 * attributes.
 *
 * @summary Names a product once and emits one JSON-LD block for it, merging what its widgets show.
 *
 * @slot - The widgets and page content about this product.
 */
export class TrustProduct extends TrustElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    product: { attribute: false },
    productId: { attribute: 'product-id' },
    name: {},
    sku: {},
    gtin: {},
    mpn: {},
    brand: {},
    image: {},
    url: {},
    description: {},
    price: {},
    currency: {},
    availability: {},
    jsonld: {},
  };

  /** The product as an object in the review-feed format (takes precedence over the inline JSON and attributes). */
  product?: unknown;
  /** The JSON-LD `@id`: an absolute URL, usually the canonical page URL plus `#product`. */
  productId?: string;
  /** Product name (required for structured data). */
  name?: string;
  sku?: string;
  gtin?: string;
  mpn?: string;
  brand?: string;
  /** One image URL (use the inline JSON or the property for several). */
  image?: string;
  url?: string;
  description?: string;
  /** Offer price in dot-decimal form, e.g. `49.90`. */
  price?: string;
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency?: string;
  /** schema.org availability, e.g. `InStock`. */
  availability?: string;
  /** `off` writes no JSON-LD for this product (when the server prints it already). */
  jsonld?: string;

  private readonly source = new DataSourceController<Product | undefined>(this, {
    parse: (raw, origin) => this.parse(raw, origin.baseUrl),
    report: (problems) => this.report(problems),
    fallback: () => this.fromAttributes(),
  });

  private readonly serial = ++instances;
  private readonly contributions = new Map<Element, GraphContribution>();
  private key?: string;

  /** The validated product, shared with the widgets inside. */
  get productData(): Product | undefined {
    return this.source.value;
  }

  /** The key of this product's graph: its `@id`, else its name, else a key of this element. */
  get productKey(): string {
    return productGraphKey(this.source.value) ?? `trust-product-${this.serial}`;
  }

  /** This product's JSON-LD as written to the page (escaped text), or undefined when none is written. */
  get jsonLd(): string | undefined {
    return this.key ? graphJsonLd(this.key) : undefined;
  }

  private parse(raw: unknown, baseUrl: string): Parsed<Product | undefined> {
    const problems = new ProblemList();
    const value = parseProduct(raw, 'product', problems, { baseUrl });
    return { value, problems: problems.items };
  }

  private fromAttributes(): Parsed<Product | undefined> | undefined {
    const raw = productAttributes((name) => this.getAttribute(name));
    return raw ? this.parse(raw, pageBase()) : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) this.source.set(this.product, undefined);
    // Attributes are the last channel: re-read them when one changes.
    const attributeChanged = [...changed.keys()].some((k) => k !== 'product' && k !== 'jsonld');
    if (attributeChanged && (this.source.channel === 'fallback' || this.source.state === 'empty')) this.source.retry();
  }

  override updated(): void {
    this.publish();
  }

  protected override disconnected(): void {
    if (this.key) {
      withdraw(this.key, this);
      for (const source of this.contributions.keys()) withdraw(this.key, source);
    }
    this.key = undefined;
  }

  protected override connected(): void {
    this.publish();
  }

  private publish(): void {
    if (!this.isConnected) return;
    const key = this.productKey;
    if (this.key && this.key !== key) {
      withdraw(this.key, this);
      for (const source of this.contributions.keys()) withdraw(this.key, source);
    }
    this.key = key;
    contribute(key, this, { product: this.source.value, identity: true, silent: this.jsonld === 'off' });
    for (const [source, contribution] of this.contributions) contribute(key, source, contribution);
  }

  /** Called by widgets inside this element with what they show. */
  contribute(source: Element, contribution: GraphContribution): void {
    this.contributions.set(source, contribution);
    if (this.key) contribute(this.key, source, contribution);
  }

  /** Called by widgets inside this element when they leave. */
  withdraw(source: Element): void {
    this.contributions.delete(source);
    if (this.key) withdraw(this.key, source);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

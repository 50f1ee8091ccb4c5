/**
 * Lets a widget add what it shows (an aggregate, reviews) to its product's
 * structured data. Inside a `<trust-product>` the contribution goes to that
 * element, which names the product once; used alone, the widget contributes
 * under its own product's id, and nothing at all when it does not know the
 * product. `jsonld="off"` on the widget opts it out.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { productGraphKey } from '../core/model.js';
import { contribute, withdraw, type GraphContribution } from './product-graph.js';
import { ProductLink, productAncestor } from './product-link.js';

type Host = ReactiveControllerHost & HTMLElement;

export class GraphContributor implements ReactiveController {
  private readonly link: ProductLink;
  private contribution?: GraphContribution;
  /** The graph key of a standalone contribution, to take it back. */
  private key?: string;

  constructor(private readonly host: Host) {
    this.link = new ProductLink(host);
    host.addController(this);
  }

  hostConnected(): void {
    // Inside a <trust-product> the link hands the contribution over on connect.
    if (!productAncestor(this.host)) this.publishStandalone();
  }

  hostDisconnected(): void {
    this.releaseStandalone();
  }

  /** Replaces this widget's contribution (`undefined` takes it back). */
  set(contribution: GraphContribution | undefined): void {
    this.contribution = contribution;
    if (this.link.set(contribution)) this.releaseStandalone();
    else this.publishStandalone();
  }

  private releaseStandalone(): void {
    if (this.key) withdraw(this.key, this.host);
    this.key = undefined;
  }

  private publishStandalone(): void {
    if (typeof document === 'undefined' || !this.host.isConnected) return;
    const product = this.contribution?.product;
    const key = this.host.getAttribute('jsonld') === 'off' ? undefined : productGraphKey(product);
    if (this.key !== key) this.releaseStandalone();
    if (!key || !this.contribution) return;
    contribute(key, this.host, this.contribution);
    this.key = key;
  }
}

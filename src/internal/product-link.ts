/**
 * The link from a widget to the nearest `<trust-product>` around it (across
 * shadow roots): the widget hands over what it shows, and takes it back when
 * it leaves. Small on purpose (no JSON-LD code), so that a star rating can
 * contribute its aggregate without carrying the structured-data builders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from './locale.js';
import type { GraphContribution } from './product-graph.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What `<trust-product>` offers the widgets inside it. */
export interface ProductOwner extends HTMLElement {
  contribute(source: Element, contribution: GraphContribution): void;
  withdraw(source: Element): void;
}

export const PRODUCT_TAG = 'trust-product';

/** The nearest `<trust-product>` ancestor, crossing shadow roots. */
export function productAncestor(start: Element): HTMLElement | undefined {
  for (let node = composedParent(start); node; node = composedParent(node)) {
    if (node.localName === PRODUCT_TAG) return node as HTMLElement;
  }
  return undefined;
}

function isOwner(el: HTMLElement): el is ProductOwner {
  return typeof (el as Partial<ProductOwner>).contribute === 'function';
}

export class ProductLink implements ReactiveController {
  private contribution?: GraphContribution;
  private owner?: ProductOwner;
  private generation = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.contribution) this.set(this.contribution);
  }

  hostDisconnected(): void {
    this.generation++;
    this.owner?.withdraw(this.host);
    this.owner = undefined;
  }

  /**
   * Sends `contribution` (or takes it back when `undefined`) to the nearest
   * `<trust-product>`. Returns false when the widget has no such ancestor.
   */
  set(contribution: GraphContribution | undefined): boolean {
    this.contribution = contribution;
    if (typeof document === 'undefined' || !this.host.isConnected) return false;
    // Nothing to give and nothing given: no need to look for a product (the common case in a list).
    if (!contribution && !this.owner) return false;
    const generation = ++this.generation;
    const owner = productAncestor(this.host);
    if (this.owner && this.owner !== owner) {
      this.owner.withdraw(this.host);
      this.owner = undefined;
    }
    if (!owner) return false;
    const send = () => {
      if (generation !== this.generation || !isOwner(owner)) return;
      if (contribution && this.host.getAttribute('jsonld') !== 'off') {
        owner.contribute(this.host, contribution);
        this.owner = owner;
      } else {
        owner.withdraw(this.host);
        this.owner = undefined;
      }
    };
    if (isOwner(owner)) send();
    else void customElements.whenDefined(PRODUCT_TAG).then(() => queueMicrotask(send));
    return true;
  }
}

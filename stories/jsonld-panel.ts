/**
 * Shows, below a story, the JSON-LD its elements put into `document.head`
 * (`script[type="application/ld+json"][data-trust-signals-jsonld]`). The panel
 * is an `<sb-jsonld-panel>` element after the story: while connected it
 * watches `document.head` (and polls, for element state that changes no
 * block), and it stops when the story unmounts. Text only, never markup.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TrustProduct } from '../src/classes.js';

const BLOCKS = 'script[type="application/ld+json"][data-trust-signals-jsonld]';

type ProductLike = { id?: string; name?: string };
type Widget = HTMLElement & { feed?: { product?: ProductLike } };

interface Shown {
  note: string;
  json: string;
}

function parse(text: string | null): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

/** The top-level nodes of a block (a node, an array of nodes or an `@graph`). */
function nodesOf(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Record<string, unknown>;
  return Array.isArray(node['@graph']) ? nodesOf(node['@graph']) : [node];
}

/** Does this block describe `product` (same `@id`, or same name when it has no id)? */
function describes(script: HTMLScriptElement, product: ProductLike): boolean {
  return nodesOf(parse(script.textContent)).some((node) => (product.id ? node['@id'] === product.id : node['name'] === product.name));
}

/** What the trust-signals elements in `scope` emit, and a sentence about it. */
function inspect(scope: Element): Shown {
  const blocks = [...document.head.querySelectorAll<HTMLScriptElement>(BLOCKS)];
  const found = new Set<HTMLScriptElement>();
  const notes: string[] = [];
  let named = 0;
  let waiting = false;

  for (const product of scope.querySelectorAll<TrustProduct>('trust-product')) {
    const name = product.productData?.name;
    if (!name) continue;
    named++;
    if (product.getAttribute('jsonld') === 'off') {
      notes.push(`jsonld="off": the JSON-LD of “${name}” is not written to the page (the server prints it).`);
      continue;
    }
    const block = blocks.find((b) => b.getAttribute('data-trust-signals-jsonld') === product.productKey);
    if (!block) continue;
    found.add(block);
    notes.push(`<trust-product>.jsonLd ${product.jsonLd === block.textContent ? 'equals' : 'DIFFERS FROM'} the block for “${name}” in document.head.`);
  }

  // Widgets outside a <trust-product> contribute under their feed's product.
  for (const widget of scope.querySelectorAll<Widget>('trust-review-summary, trust-review-list')) {
    if (widget.closest('trust-product')) continue;
    const product = widget.feed?.product;
    if (!product) {
      if (widget.hasAttribute('src') && !widget.feed) waiting = true;
      continue;
    }
    named++;
    if (widget.getAttribute('jsonld') === 'off') continue;
    for (const block of blocks) if (describes(block, product)) found.add(block);
  }

  const json = [...found].map((block) => JSON.stringify(parse(block.textContent), null, 2)).join('\n\n');
  if (!named) {
    notes.push(waiting ? 'Nothing emitted yet: the feed has not loaded, so no product is named.' : 'No product named: this element emits no JSON-LD on its own.');
  } else if (!found.size && !notes.length) {
    notes.push('A product is named, but no JSON-LD block for it is in document.head.');
  } else if (found.size && scope.closest('[data-view="docs"]')) {
    notes.push('On this docs page, stories about the same product share this one block.');
  }
  return { note: notes.join(' '), json };
}

class JsonLdPanel extends HTMLElement {
  private note?: HTMLParagraphElement;
  private pre?: HTMLPreElement;
  private observer?: MutationObserver;
  private timer?: ReturnType<typeof setInterval>;

  connectedCallback(): void {
    if (!this.pre) this.build();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    this.timer = setInterval(() => this.refresh(), 500);
    // Blocks are written a microtask after the elements render.
    requestAnimationFrame(() => this.refresh());
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    clearInterval(this.timer);
  }

  private build(): void {
    const details = document.createElement('details');
    details.open = this.hasAttribute('open');
    details.style.cssText = 'margin-block-start: 1.5rem; padding: 0.5rem 0.75rem; border: 1px solid var(--trust-color-border); border-radius: 0.5rem; font-size: 0.875rem';
    const summary = document.createElement('summary');
    summary.textContent = 'Structured data (JSON-LD)';
    summary.style.cursor = 'pointer';
    this.note = document.createElement('p');
    this.note.style.margin = '0.5rem 0';
    this.pre = document.createElement('pre');
    this.pre.style.cssText = 'margin: 0; font-size: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere';
    details.append(summary, this.note, this.pre);
    // Developer information: English and left to right on any story.
    this.lang = 'en';
    this.dir = 'ltr';
    this.style.display = 'block';
    this.append(details);
  }

  private refresh(): void {
    const scope = this.previousElementSibling;
    if (!scope || !this.note || !this.pre) return;
    const { note, json } = inspect(scope);
    if (this.note.textContent !== note) this.note.textContent = note;
    if (this.pre.textContent !== json) this.pre.textContent = json;
    this.pre.hidden = json === '';
  }
}

if (!customElements.get('sb-jsonld-panel')) customElements.define('sb-jsonld-panel', JsonLdPanel);

/** Renders the story, then the JSON-LD panel; `parameters.jsonld.open` opens it. */
export const withJsonLd: Decorator = (story, context) => {
  const open = Boolean((context.parameters['jsonld'] as { open?: boolean } | undefined)?.open);
  return html`<div class="sb-jsonld-story">${story()}</div>
    <sb-jsonld-panel ?open=${open}></sb-jsonld-panel>`;
};

/**
 * The base class of every trust-signals element: version for safe
 * registration, locale and direction, translated messages, problem
 * reporting, and a guard that keeps exceptions inside the element.
 */
import { LitElement } from 'lit';
import { translate, type MessageKey, type MessageParams, type Translation } from '../core/i18n.js';
import type { Problem } from '../core/problems.js';
import { VERSION } from '../version.js';
import { LocaleController } from './locale.js';
import { logFailure, logProblems } from './log.js';

export abstract class TrustElement extends LitElement {
  /** Compared by {@link defineElement} when two copies register the same tag. */
  static version = VERSION;

  /** The English messages this element uses: its fallback when a language lacks one. */
  static messages: Partial<Translation> = {};

  /** Resolved locale and direction of this element. */
  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    // On the server (no document), mark the element: its declarative shadow DOM
    // already has the final size, so the page stylesheet must not reserve more.
    if (typeof document === 'undefined') this.setAttribute('server-rendered', '');
  }

  override connectedCallback(): void {
    try {
      super.connectedCallback();
      this.connected();
    } catch (error) {
      logFailure(this, 'connectedCallback', error);
    }
  }

  override disconnectedCallback(): void {
    try {
      super.disconnectedCallback();
      this.disconnected();
    } catch (error) {
      logFailure(this, 'disconnectedCallback', error);
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    try {
      super.attributeChangedCallback(name, old, value);
    } catch (error) {
      logFailure(this, `attribute ${name}`, error);
    }
  }

  /** The element joined a page (after Lit's own connection work). Exceptions stay inside the element. */
  protected connected(): void {}

  /** The element left the page. Exceptions stay inside the element. */
  protected disconnected(): void {}

  /** A message in this element's locale. */
  protected t(key: MessageKey, params?: MessageParams, counts?: Readonly<Record<string, number>>): string {
    return translate(this.locale.lang, key, params, counts, (this.constructor as typeof TrustElement).messages);
  }

  /** Logs validation problems for this element (once each). */
  protected report(problems: readonly Problem[]): void {
    if (problems.length) logProblems(this, problems);
  }

  /**
   * True during the first update of an element rendered on the server (its
   * hydration): render only what the server could know (the element's own
   * attributes and data), so the browser's first render matches the server's.
   * A second update right after brings in what only the page knows (the
   * nearest lang, the enclosing product).
   */
  get hydrating(): boolean {
    return !this.hasUpdated && this.hasAttribute('server-rendered');
  }

  /**
   * Runs Lit's update cycle (willUpdate, render, updated) and keeps any
   * exception inside the element: it is logged, the page goes on.
   */
  protected override performUpdate(): void {
    const hydrating = this.hydrating;
    try {
      super.performUpdate();
    } catch (error) {
      logFailure(this, 'update', error);
    }
    if (hydrating) this.requestUpdate();
  }
}

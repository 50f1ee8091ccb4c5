/**
 * Locale and direction for an element: the nearest `lang` / `dir` on the
 * element or its ancestors (crossing shadow roots), then `<html>`. One
 * MutationObserver per page watches `lang` and `dir` changes and refreshes
 * the elements that use them. The page is never written to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale } from '../core/i18n.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hydrating?: boolean };

const active = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** The element's parent, or the host of its shadow root: the walk up that lang, dir and products follow. */
export function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
}

function nearestAttribute(start: Element, name: string): string | null {
  for (let el: Element | null = start; el; el = composedParent(el)) {
    const value = el.getAttribute(name);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return nearestAttribute(el, 'dir')?.toLowerCase() === 'rtl';
  }
}

function refreshAll(): void {
  for (const controller of active) controller.refresh();
}

export class LocaleController implements ReactiveController {
  private resolved?: { lang: string; dir: 'ltr' | 'rtl' };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * The resolved BCP 47 language tag, `en` when nothing on the page says
   * otherwise. Before the element is connected (and in server rendering,
   * where there is no page) only the element's own `lang` counts.
   */
  get lang(): string {
    if (this.host.hydrating || !this.resolved) return canonicalLocale(this.host.getAttribute('lang'));
    return this.resolved.lang;
  }

  /** The resolved text direction (before connection: the element's own `dir`). */
  get dir(): 'ltr' | 'rtl' {
    if (this.host.hydrating || !this.resolved) return this.host.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    return this.resolved.dir;
  }

  hostConnected(): void {
    active.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    active.delete(this);
    this.resolved = undefined;
    if (active.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads `lang` and `dir`; asks the host to update when either changed. */
  refresh(): void {
    const lang = canonicalLocale(nearestAttribute(this.host, 'lang'));
    const dir = isRtl(this.host) ? 'rtl' : 'ltr';
    if (lang !== this.resolved?.lang || dir !== this.resolved?.dir) {
      this.resolved = { lang, dir };
      this.host.requestUpdate();
    }
  }
}

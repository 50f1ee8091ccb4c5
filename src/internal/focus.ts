/**
 * Focus after a button removes itself or its content changes (Clear filters,
 * Show all, Try again, Show more): the element moves focus somewhere
 * sensible, but never takes it from where the shopper has put it since.
 */

/** True when focus went nowhere (the page, or the host with nothing focused inside) after the focused button left. */
export function focusLost(host: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  const inner = host.shadowRoot?.activeElement;
  return active === host && (!inner || !inner.isConnected); // a removed element may still be reported (Firefox)
}

/** True when focus is lost, or still on an element in `host`'s shadow root that matches `selector`. */
export function focusStillOn(host: HTMLElement, selector: string): boolean {
  return focusLost(host) || (document.activeElement === host && !!host.shadowRoot?.activeElement?.closest(selector));
}

/** Focuses the first element in `host`'s shadow root that matches one of `selectors`, tried in order. */
export function focusFirst(host: HTMLElement, ...selectors: string[]): void {
  for (const selector of selectors) {
    const target = host.shadowRoot?.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
}

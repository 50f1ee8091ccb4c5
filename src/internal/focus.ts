/**
 * Focus after a button removes itself (Clear filters, Show all, Try again):
 * the element puts focus somewhere sensible, but only when it was lost.
 */

/** True when focus went nowhere (the page, or the element's host) after the focused button left the DOM. */
export function focusLost(host: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === host;
}

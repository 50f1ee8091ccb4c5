/**
 * What elements need to know about the page they are on, safe to call during
 * server rendering (where there is no page).
 */
import { parseHostList } from '../core/url.js';

/** The page's base URL, for resolving relative URLs; undefined on the server. */
export function pageBase(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : undefined;
}

/**
 * The hosts an element may load images from: its `image-hosts` attribute
 * (`cdn.shop.example *.imgix.net`), or by default only the page's own host.
 */
export function imageHostsOf(host: { imageHosts?: string }): string[] | undefined {
  return parseHostList(host.imageHosts) ?? (typeof location !== 'undefined' && location.hostname ? [location.hostname] : undefined);
}

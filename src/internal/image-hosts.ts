import { parseHostList } from '../core/url.js';

/**
 * The hosts an element may load images from: its `image-hosts` attribute
 * (`cdn.shop.example *.imgix.net`), or by default only the page's own host.
 */
export function imageHostsOf(host: { imageHosts?: string }): string[] | undefined {
  return parseHostList(host.imageHosts) ?? (typeof location !== 'undefined' && location.hostname ? [location.hostname] : undefined);
}

/**
 * What elements need to know about the page they are on. On the server
 * (server rendering) there is no page: relative URLs are resolved against a
 * placeholder origin, checked like any other URL, and written back as
 * relative URLs, so the browser resolves them against the real page; and
 * images are allowed from that same origin only unless `image-hosts` says
 * otherwise.
 */
import { parseHostList } from '../core/url.js';

const PLACEHOLDER = new URL('https://server-rendering.invalid/');
let serverPage = PLACEHOLDER;

/**
 * Server rendering: the URL of the page being rendered, so that relative
 * URLs and the default image host work as they will in the browser (and the
 * browser's hydration finds the same content). One origin per process; call
 * it before rendering. Without it, only relative image URLs are shown.
 */
export function setServerPageUrl(url: string): void {
  try {
    serverPage = new URL(url);
  } catch {
    serverPage = PLACEHOLDER;
  }
}

/** The page's base URL, for resolving relative URLs (the server page URL on the server). */
export function pageBase(): string {
  return typeof document !== 'undefined' ? document.baseURI : serverPage.href;
}

/** A checked URL as it goes into an attribute: on the server, same-origin URLs become relative again. */
export function attributeUrl(href: string): string {
  if (typeof document !== 'undefined') return href;
  const origin = serverPage.origin;
  return href.startsWith(`${origin}/`) ? href.slice(origin.length) : href;
}

/**
 * The hosts an element may load images from: its `image-hosts` attribute
 * (`cdn.shop.example *.imgix.net`), or by default only the page's own host.
 */
export function imageHostsOf(host: { imageHosts?: string }): string[] {
  return parseHostList(host.imageHosts) ?? [typeof location !== 'undefined' && location.hostname ? location.hostname : serverPage.hostname];
}

/** The attribute that marks the JSON-LD blocks trust-signals writes (and adopts from server rendering). */
export const BLOCK_ATTRIBUTE = 'data-trust-signals-jsonld';

/** The JSON-LD blocks on the page that trust-signals did not write (a theme's own markup). */
export function foreignJsonLdBlocks(): HTMLScriptElement[] {
  if (typeof document === 'undefined') return [];
  return [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].filter(
    (script) => !script.hasAttribute(BLOCK_ATTRIBUTE),
  );
}

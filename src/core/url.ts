/**
 * The one URL rule of the library: a URL is used only when it resolves,
 * against the page, to an absolute http: or https: address without
 * credentials, and (when an allow-list is given) on an allowed host.
 */

const MAX_URL_LENGTH = 4096;

/**
 * `true` when `host` is in the list. An entry `*.example.com` allows every
 * sub-domain of example.com (not example.com itself); other entries match exactly.
 */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase();
  return allowed.some((entry) => {
    const e = entry.trim().toLowerCase();
    return e.startsWith('*.') ? h.endsWith(e.slice(1)) && h.length > e.length - 1 : h === e;
  });
}

/**
 * The absolute `href` of `value` resolved against `base`, or `undefined` when
 * it is not a string, does not parse, is not http(s), carries a user name or
 * password, or its host is not in `allowedHosts` (when a list is given).
 */
export function safeUrl(value: unknown, base?: string, allowedHosts?: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  if (allowedHosts && !hostAllowed(url.hostname, allowedHosts)) return undefined;
  return url.href;
}

/** Parses a space- or comma-separated host list attribute such as `"cdn.shop.example *.imgix.net"`. */
export function parseHostList(text: string | null | undefined): string[] | undefined {
  if (!text) return undefined;
  const hosts = text.split(/[\s,]+/).filter(Boolean);
  return hosts.length ? hosts : undefined;
}

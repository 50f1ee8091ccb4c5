/**
 * Serves test fixture pages with a Content-Security-Policy when their URL
 * asks for one with `?csp=<name>`:
 *
 *   strict   the README's strict policy: no inline script or style, Trusted
 *            Types enforced with the two documented policy names
 *   blocked  the same, but the page does not allow trust-signals' JSON-LD policy
 */
const BASE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const POLICIES = {
  strict: `${BASE}; trusted-types lit-html trust-signals-jsonld`,
  blocked: `${BASE}; trusted-types lit-html`,
};

export function cspPlugin() {
  return {
    name: 'trust-signals-csp',
    transform(context) {
      const name = context.URL.searchParams.get('csp');
      if (name && Object.hasOwn(POLICIES, name) && context.response.is('html')) {
        return { headers: { 'Content-Security-Policy': POLICIES[name] } };
      }
      return undefined;
    },
  };
}

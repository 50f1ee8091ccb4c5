/**
 * Lets a browser test file ask for a Content-Security-Policy: a test page
 * whose URL has `?csp=<name>` is served with that named policy. Used by the
 * Trusted Types and strict-CSP tests.
 */
const POLICIES = {
  strict:
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' https://images.example; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; " +
    'trusted-types lit-html trust-signals trust-signals-jsonld',
};

export function cspPlugin() {
  return {
    name: 'trust-signals-csp',
    transform(context) {
      const name = context.URL.searchParams.get('csp');
      if (name && POLICIES[name] && context.response.is('html')) {
        return { headers: { 'Content-Security-Policy': POLICIES[name] } };
      }
    },
  };
}

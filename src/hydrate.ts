/**
 * `import 'trust-signals/hydrate'` BEFORE any element module when the page
 * was rendered on the server (declarative shadow DOM): the elements then
 * take over the server's DOM instead of rendering it a second time. The CDN
 * bundle includes it. Pages rendered only in the browser do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * The script-tag bundle (dist/cdn/trust-signals.js): hydration support for
 * server-rendered pages first (it must load before Lit's element class), then
 * every element and translation.
 */
import './hydrate.js';
import './index.js';

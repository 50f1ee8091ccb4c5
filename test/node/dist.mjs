/**
 * Node tests run against the built output: `dist/` by default, or the
 * folder named by TRUST_SIGNALS_DIST (a `tsc --outDir` build, for quick runs).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.env.TRUST_SIGNALS_DIST ?? 'dist';

/** Imports a built module by its path under src/ with a .js ending, e.g. `core/index.js`. */
export function fromDist(path) {
  return import(pathToFileURL(resolve(root, path)).href);
}

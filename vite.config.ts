/**
 * Two builds from one config:
 *
 * - `vite build` (library): every module of src/ as its own ES module in
 *   dist/, layout kept so deep imports work, `lit` and `schema-dts` external,
 *   not minified (shops' bundlers minify; readable stack traces for plugin
 *   authors).
 * - `vite build --mode cdn`: one self-contained, minified script-tag bundle,
 *   dist/cdn/trust-signals.js, with Lit inlined and every element and
 *   translation registered.
 *
 * Both copy the page stylesheet (themes and layout reservation) next to them.
 * Storybook reuses this config for its dev server; the `build` part does not
 * disturb it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modulesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Copies files that are not modules (the page stylesheet, the feed's JSON Schema) into the output. */
function copyFiles(files: Record<string, string>): Plugin {
  return {
    name: 'trust-signals-copy-files',
    apply: 'build',
    generateBundle() {
      for (const [fileName, from] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
      }
    },
  };
}

const PAGE_STYLESHEET = { 'trust-signals.css': 'src/styles/trust-signals.css' };

/**
 * package.json `sideEffects` describes dist/ for the shops' bundlers; when we
 * bundle our own sources, their registration imports must be kept.
 */
export function keepSourceSideEffects(): Plugin {
  return {
    name: 'trust-signals-keep-source-side-effects',
    transform(code, id) {
      return id.includes('/src/') || id.includes('lit-element-hydrate-support') ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Collapses white space and comments inside Lit `css` templates (none of ours
 * interpolate), which the JS minifier leaves alone: about a fifth of the
 * bundle otherwise.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'trust-signals-minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [keepSourceSideEffects(), minifyCssTemplates(), copyFiles(PAGE_STYLESHEET)],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'trust-signals.js' },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  const entries = Object.fromEntries(
    modulesUnder('src').map((file) => [relative('src', file).replace(/\.ts$/, ''), file]),
  );
  return {
    plugins: [copyFiles({ ...PAGE_STYLESHEET, 'review-feed.schema.json': 'src/core/review-feed.schema.json' })],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^schema-dts/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});

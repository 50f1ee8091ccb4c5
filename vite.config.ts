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
import ts from 'typescript';
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
 * bundle our own sources, the modules that register elements or
 * translations (the same list, in src/) must be kept.
 */
const REGISTERS =
  /\/src\/(index|cdn|hydrate)\.ts$|\/src\/components\/([^/]+)\/\2\.ts$|\/src\/translations\/(?!en\.ts)[^/]+\.ts$|lit-element-hydrate-support/;

export function keepSourceSideEffects(): Plugin {
  return {
    name: 'trust-signals-keep-source-side-effects',
    transform(code, id) {
      return REGISTERS.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Minifies the static text of Lit templates, which the JS minifier leaves
 * alone: comments and white space in `css` templates, and runs of white
 * space that contain a line break in `html` and `svg` templates (collapsed
 * to one space, so rendering is unchanged). Templates are found with the
 * TypeScript parser, never with regular expressions over code.
 */
export function minifyTemplates(): Plugin {
  const minifyCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const minifyMarkup = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return {
    name: 'trust-signals-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/\b(css|html|svg)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<[number, number, string]> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
          const t = node.template;
          const pieces: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
          for (const piece of pieces) {
            // The raw text between the delimiters (` or } before, ` or ${ after).
            const start = piece.getStart(file) + 1;
            const end = piece.getEnd() - (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
            edits.push([start, end, minify(code.slice(start, end))]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [keepSourceSideEffects(), minifyTemplates(), copyFiles(PAGE_STYLESHEET)],
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
    // Templates are minified here too: server rendering (from dist/) and hydration
    // (from any build) must see the same template text, or Lit's hydration digests differ.
    plugins: [keepSourceSideEffects(), minifyTemplates(), copyFiles({ ...PAGE_STYLESHEET, 'review-feed.schema.json': 'src/core/review-feed.schema.json' })],
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

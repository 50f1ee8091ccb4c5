/**
 * The package as a shop's bundler and editor see it: every export points at a
 * built file, every element has an entry and a side-effect declaration, the
 * manifest lists every tag, and the version constant matches package.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fromDist } from './dist.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const components = readdirSync('src/components');

test('every export target without a wildcard exists after the build', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (!path.includes('*')) assert.ok(existsSync(path), `${name} → ${path}`);
    }
  }
});

test('the import paths the README documents resolve through the package exports', async () => {
  // Node resolves a package's own name from inside it through "exports", as a shop's bundler does.
  const specifiers = [
    'trust-signals',
    'trust-signals/classes',
    'trust-signals/core',
    'trust-signals/jsonld',
    'trust-signals/hydrate',
    'trust-signals/translations/sv',
    'trust-signals/trust-signals.css',
    'trust-signals/review-feed.schema.json',
    ...components.flatMap((name) => [`trust-signals/${name}`, `trust-signals/components/${name}/${name}.component.js`]),
  ];
  for (const specifier of specifiers) {
    const resolved = new URL(import.meta.resolve(specifier));
    assert.ok(existsSync(resolved), `${specifier} → ${resolved.pathname}`);
  }
  const { TrustStarRating } = await import('trust-signals/components/star-rating/star-rating.component.js');
  assert.equal(typeof TrustStarRating, 'function');
});

test('each element has an entry point, a registration module in sideEffects, and a class module', () => {
  for (const name of components) {
    const entry = pkg.exports[`./${name}`];
    assert.ok(entry, `exports["./${name}"]`);
    assert.equal(entry.default, `./dist/components/${name}/${name}.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/components/${name}/${name}.js`), `sideEffects lists ${name}`);
    assert.ok(existsSync(`dist/components/${name}/${name}.component.js`), `${name}.component.js`);
    assert.ok(existsSync(`dist/components/${name}/${name}.component.d.ts`), `${name}.component.d.ts`);
  }
});

test('class modules register nothing; registration modules do (checked in the built code)', () => {
  for (const name of components) {
    const classModule = readFileSync(`dist/components/${name}/${name}.component.js`, 'utf8');
    assert.doesNotMatch(classModule, /defineElement\(|customElements\.define\(/, `${name}.component.js has no side effects`);
    const register = readFileSync(`dist/components/${name}/${name}.js`, 'utf8');
    assert.match(register, new RegExp(`defineElement\\("trust-${name}"`), `${name}.js registers trust-${name}`);
  }
});

test('the custom-elements manifest names every tag, with parts, custom properties and events documented', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), components.map((c) => `trust-${c}`).sort());
  const rating = declarations.find((d) => d.tagName === 'trust-star-rating');
  assert.ok(rating.cssParts.some((p) => p.name === 'base'));
  assert.ok(rating.cssProperties.some((p) => p.name === '--star-size'));
  assert.deepEqual(rating.events.map((e) => e.name).sort(), ['change', 'input']);
  for (const d of declarations) assert.ok(d.summary, `${d.tagName} has a @summary`);
});

test('the version constant matches package.json (it is compared when two copies register)', async () => {
  const { VERSION } = await fromDist('version.js');
  assert.equal(VERSION, pkg.version);
});

test('the main entry registers every element (in Node, with the server-rendering DOM shim)', async () => {
  await import('@lit-labs/ssr');
  await fromDist('index.js');
  for (const name of components) assert.ok(customElements.get(`trust-${name}`), `trust-${name} is defined`);
});

test('the JSON Schema of the review feed ships with the package and parses', () => {
  const schema = JSON.parse(readFileSync('dist/review-feed.schema.json', 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

import type { Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
// Written by `cem analyze` (the storybook scripts run it first); Vite bundles JSON in dev and build alike.
import manifest from '../dist/custom-elements.json';
import '../src/styles/trust-signals.css';
import '../src/index.js';
import './preview.css';

type Manifest = typeof manifest;
type Declaration = Manifest['modules'][number]['declarations'][number];

type Member = { name: string; privacy?: string; static?: boolean; readonly?: boolean };

/** Per tag, the public properties that have no setter (no control for them). */
const readonlyProperties = new Map<string, Set<string>>();

/**
 * Keeps the public API only: the analyzer lists private and static class
 * fields as members, and Lit's internal `state` properties as attributes.
 * Parts are named `::part(x)`: Storybook keys argTypes by name only, so a
 * part `count` would hide the attribute `count`.
 */
function publicApi(source: Manifest): Manifest {
  const modules = source.modules.map((module) => ({
    ...module,
    declarations: module.declarations.map((declaration: Declaration) => {
      const members = ((declaration as { members?: Member[] }).members ?? []) as Member[];
      const hidden = new Set(members.filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static).map((m) => m.name));
      const tag = (declaration as { tagName?: string }).tagName;
      if (tag) readonlyProperties.set(tag, new Set(members.filter((m) => m.readonly).map((m) => m.name)));
      const parts = ((declaration as { cssParts?: Array<{ name: string }> }).cssParts ?? []).map((p) => ({ ...p, name: `::part(${p.name})` }));
      return {
        ...declaration,
        members: members.filter((m) => !hidden.has(m.name)),
        attributes: ((declaration as { attributes?: Array<{ fieldName?: string }> }).attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? '')),
        cssParts: parts,
      };
    }),
  }));
  return { ...source, modules } as Manifest;
}

setCustomElementsManifest(publicApi(manifest));

/** Parts, events and getter-only properties are documented but have nothing to set. */
const noControlWithoutSetter: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const readonly = readonlyProperties.get(String(component)) ?? new Set<string>();
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const inert = category === 'css shadow parts' || category === 'events' || (category === 'properties' && readonly.has(name));
      return [name, inert && argType.control === undefined ? { ...argType, control: false } : argType];
    }),
  );
};

const LOCALES = [
  ['en', 'English'],
  ['sv', 'Svenska'],
  ['nl', 'Nederlands'],
  ['ru', 'Русский'],
  ['pl', 'Polski'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
] as const;

/** Wraps every story in the chosen theme, language and direction. */
const withTrustContext: Decorator = (story, context) => {
  const { theme = 'light', locale = 'en', dir = 'auto' } = context.globals as Record<string, string | undefined>;
  const direction = dir === 'ltr' || dir === 'rtl' ? dir : locale === 'ar' ? 'rtl' : 'ltr';
  return html`<div
    class="trust-sb-canvas trust-theme-${theme}"
    lang=${locale}
    dir=${direction}
    data-view=${context.viewMode === 'docs' ? 'docs' : 'story'}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTrustContext, withActions],
  argTypesEnhancers: [noControlWithoutSetter],
  parameters: {
    // "Show code" shows the story, not the theme wrapper around it.
    docs: { source: { excludeDecorators: true } },
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /colou?r$/i } },
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Theme class on the wrapper',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
      },
    },
    locale: {
      description: 'lang on the wrapper',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: LOCALES.map(([value, title]) => ({ value, title: `${value} · ${title}` })),
      },
    },
    dir: {
      description: 'dir on the wrapper (auto: rtl for Arabic, else ltr)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Direction from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
};

export default preview;

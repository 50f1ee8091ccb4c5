/**
 * Message catalogues and Intl formatting. Pure: no DOM, usable in Node.
 *
 * A catalogue maps message keys to text with `{name}` placeholders. Text that
 * depends on a number is a plural message: one text per CLDR plural category,
 * chosen by `Intl.PluralRules` from the parameter named in `by`.
 */
import type { English } from '../translations/en.js';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export type PluralMessage = { by: string; other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

export type Message = string | PluralMessage;

/** Every message key the library uses, with English as the reference catalogue. */
export type MessageKey = keyof English;

/** A complete catalogue for one language: every key, each a string or a plural message. */
export type Translation = { readonly [K in MessageKey]: Message };

export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues = new Map<string, Partial<Translation>>();

/**
 * Adds a catalogue or overrides some of its strings. Later calls merge over
 * earlier ones, so a shop can change one message of a shipped language:
 * `registerTranslation('sv', { notRated: 'Inga betyg' })`. Returns false
 * (and registers nothing) when `locale` is not a valid BCP 47 tag.
 */
export function registerTranslation(locale: string, messages: Partial<Translation>): boolean {
  let key: string | undefined;
  try {
    key = Intl.getCanonicalLocales(locale)[0]?.toLowerCase();
  } catch {
    key = undefined;
  }
  // An invalid tag registers nothing (it must never land on English by accident).
  if (!key) return false;
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  return true;
}

/** The locales with a registered catalogue, lower-cased. */
export function registeredLocales(): string[] {
  return [...catalogues.keys()];
}

/**
 * Wraps text from data (a name, a product, a file name) that goes into a
 * translated sentence in bidi isolates (FSI … PDI), so right-to-left text
 * cannot reorder the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${balanceBidi(text)}\u2069`;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The text with its bidi controls balanced: a closer without an opener
 * (PDI, PDF) is dropped and whatever the text leaves open is closed, so data
 * cannot end the isolate around it early. Visible characters are untouched.
 */
function balanceBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  const PDI = '\u2069';
  const PDF = '\u202c';
  const open: string[] = []; // the closer each open control needs
  let out = '';
  for (const ch of text) {
    if (ch >= '\u2066' && ch <= '\u2068') open.push(PDI);
    else if (ch === '\u202a' || ch === '\u202b' || ch === '\u202d' || ch === '\u202e') open.push(PDF);
    else if (ch === PDI) {
      const at = open.lastIndexOf(PDI);
      if (at < 0) continue;
      while (open.length > at + 1) out += open.pop(); // embeddings inside the isolate end with it
      open.pop();
    } else if (ch === PDF) {
      if (open[open.length - 1] !== PDF) continue;
      open.pop();
    }
    out += ch;
  }
  while (open.length) out += open.pop();
  return out;
}

const canonicalCache = new Map<string, string>();

/** The canonical BCP 47 form of `locale`, or `en` when it is not a valid tag. */
export function canonicalLocale(locale: string | null | undefined): string {
  if (!locale) return 'en';
  let hit = canonicalCache.get(locale);
  if (hit === undefined) {
    try {
      hit = Intl.getCanonicalLocales(locale.trim())[0] ?? 'en';
    } catch {
      hit = 'en';
    }
    canonicalCache.set(locale, hit);
  }
  return hit;
}

function lookup(locale: string, key: MessageKey, fallback: Partial<Translation>): Message {
  const parts = canonicalLocale(locale).toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const message = catalogues.get(parts.slice(0, i).join('-'))?.[key];
    if (message !== undefined) return message;
  }
  return catalogues.get('en')?.[key] ?? fallback[key] ?? key;
}

const pluralCache = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, n: number): PluralCategory {
  let rules = pluralCache.get(locale);
  if (!rules) pluralCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) as PluralCategory;
}

/**
 * The message `key` in `locale` with `{name}` placeholders filled from
 * `params`. Numbers in `params` should already be formatted for display;
 * plural selection reads the raw number from `counts` (or from `params` when
 * the value there is a number). Lookup: the locale (`sv-FI`, then `sv`),
 * then registered English overrides, then `fallback` (the element's own
 * English).
 */
export function translate(
  locale: string,
  key: MessageKey,
  params: MessageParams = {},
  counts: Readonly<Record<string, number>> = {},
  fallback: Partial<Translation> = {},
): string {
  const message = lookup(locale, key, fallback);
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const raw = counts[message.by] ?? params[message.by];
    const n = typeof raw === 'number' ? raw : Number.NaN;
    const category = Number.isFinite(n) ? pluralCategory(canonicalLocale(locale), n) : 'other';
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

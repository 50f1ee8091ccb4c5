/**
 * Intl formatting with cached formatters. Values shown to people go through
 * here, so nothing on screen reads `NaN`, `Infinity` or `Invalid Date`.
 */
import { canonicalLocale } from './i18n.js';

/** One cache per kind of number (formatting sits on the hot path of every rating). */
type NumberKind = 'count' | 'rating' | 'whole-rating' | 'percent';

const NUMBER_OPTIONS: Record<NumberKind, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  rating: { minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions,
  'whole-rating': { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
};

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: NumberKind): Intl.NumberFormat {
  const key = kind + locale;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(canonicalLocale(locale), NUMBER_OPTIONS[kind])));
  return f;
}

/** A whole number with the locale's grouping: `1,203` in English, `1 203` in Swedish. */
export function formatCount(locale: string, n: number): string {
  return Number.isFinite(n) ? numberFormat(locale, 'count').format(n) : '';
}

/**
 * A rating value with one decimal, truncated rather than rounded so the text
 * never overstates (4.96 reads 4.9, never 5.0). Whole values stay whole (4).
 */
export function formatRating(locale: string, n: number): string {
  if (!Number.isFinite(n)) return '';
  return numberFormat(locale, Number.isInteger(n) ? 'whole-rating' : 'rating').format(n);
}

/** A share of a whole, `0.42` as `42 %` in the locale's style. */
export function formatPercent(locale: string, share: number): string {
  return Number.isFinite(share) ? numberFormat(locale, 'percent').format(share) : '';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in the locale's medium style; date-only values are read in UTC so they never move a day. */
export function formatDate(locale: string, time: number, dateOnly = true): string {
  if (!Number.isFinite(time)) return '';
  const key = `${locale}|${dateOnly}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(canonicalLocale(locale), { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
    dateFormats.set(key, f);
  }
  return f.format(time);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 weeks ago" for a past time, in the locale. A future time (clock skew, a
 * bad feed) gets the plain date instead: the library never says "in 2 days"
 * about something that supposedly happened.
 */
export function formatRelative(locale: string, time: number, now: number, dateOnly = true): string {
  if (!Number.isFinite(time) || !Number.isFinite(now)) return '';
  const diff = now - time;
  if (diff < 0) return formatDate(locale, time, dateOnly);
  let f = relativeFormats.get(locale);
  if (!f) relativeFormats.set(locale, (f = new Intl.RelativeTimeFormat(canonicalLocale(locale), { numeric: 'auto' })));
  for (const [unit, ms] of UNITS) {
    if (diff >= ms || unit === 'minute') {
      if (dateOnly && (unit === 'hour' || unit === 'minute')) return f.format(0, 'day');
      return f.format(-Math.floor(diff / ms), unit);
    }
  }
  return f.format(0, 'day');
}

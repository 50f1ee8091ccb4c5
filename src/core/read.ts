/**
 * Readers for untrusted values (feeds, inline JSON, attributes). Each returns
 * the usable value or `undefined`, and records a problem when a value was
 * given but could not be used. Only own properties are read; getters that
 * throw count as missing; caller data is never mutated.
 */
import { UNREADABLE, type ProblemList } from './problems.js';

export type DataRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is DataRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property; inherited ones read as `undefined`, throwing ones as {@link UNREADABLE}. */
export function own(record: DataRecord, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? record[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Parses a dot-decimal number written as text (`"4.5"`, `"12"`). Rejects what
 * `Number()` would quietly accept: empty strings, hex, exponents, `Infinity`,
 * comma decimals.
 */
export function parseDecimal(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Words for the expectation, when the default ("a number from 1 to 5") is not clear enough. */
  expected?: string;
}

function describeRule(rule: NumberRule): string {
  if (rule.expected) return rule.expected;
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (rule.min !== undefined && rule.max !== undefined) return `${kind} from ${rule.min} to ${rule.max}`;
  if (rule.min !== undefined) return `${kind} of at least ${rule.min}`;
  if (rule.max !== undefined) return `${kind} of at most ${rule.max}`;
  return kind;
}

/**
 * A finite number inside the rule. Numeric strings in dot-decimal form are
 * accepted with a warning (feeds exported from spreadsheets often quote them);
 * anything else out of range is rejected, never clamped.
 */
export function readNumber(value: unknown, path: string, problems: ProblemList, rule: NumberRule = {}): number | undefined {
  if (value === undefined || value === null) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = Number.isFinite(value) ? value : undefined;
  else if (typeof value === 'string') {
    n = parseDecimal(value);
    if (n !== undefined) problems.warn(path, `${describeRule(rule)} as a JSON number, not a string`, value);
  }
  const ok =
    n !== undefined &&
    (rule.min === undefined || n >= rule.min) &&
    (rule.max === undefined || n <= rule.max) &&
    (!rule.integer || Number.isInteger(n));
  if (!ok) {
    problems.error(path, describeRule(rule), value);
    return undefined;
  }
  return n;
}

export interface StringRule {
  maxLength?: number;
  /** A value that is empty or only white space counts as an error. */
  nonEmpty?: boolean;
}

/**
 * A string, kept exactly as given (no trimming, no entity decoding). Longer
 * than `maxLength` is an error: cutting text would change what a reviewer wrote.
 */
export function readString(value: unknown, path: string, problems: ProblemList, rule: StringRule = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  const max = rule.maxLength ?? 20_000;
  if (typeof value !== 'string') {
    problems.error(path, 'text', value);
    return undefined;
  }
  if (value.length > max) {
    problems.error(path, `text of at most ${max} characters`, value);
    return undefined;
  }
  if (rule.nonEmpty && value.trim() === '') {
    problems.error(path, 'non-empty text', value);
    return undefined;
  }
  return value;
}

export function readEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: ProblemList,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.error(path, `one of ${allowed.join(', ')}`, value);
  return undefined;
}

/** Reads an array, giving each item to `readItem`; non-arrays are an error. */
export function readArray<T>(
  value: unknown,
  path: string,
  problems: ProblemList,
  readItem: (item: unknown, itemPath: string) => T | undefined,
  maxItems = 100_000,
): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.error(path, 'a list', value);
    return undefined;
  }
  if (value.length > maxItems) problems.error(path, `at most ${maxItems} items (the rest were left out)`, value);
  const out: T[] = [];
  const n = Math.min(value.length, maxItems);
  for (let i = 0; i < n; i++) {
    const item = readItem(value[i], `${path}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date or date-time in ISO 8601 form, checked field by field. */
export interface IsoDate {
  /** The text as given. */
  iso: string;
  /** Milliseconds since the epoch (midnight UTC for a plain date). */
  time: number;
  /** True when the text held only a date (no time of day). */
  dateOnly: boolean;
}

/**
 * Parses `YYYY-MM-DD` or an ISO date-time. Impossible dates (`2024-02-30`)
 * are rejected by a round trip through the parts, never rolled over.
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DD`, the common case, read without a regular expression. */
function parsePlainDate(text: string): IsoDate | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  return { iso: text, time: Date.UTC(year, month - 1, day), dateOnly: true };
}

export function parseIsoDate(text: string): IsoDate | undefined {
  if (text.length === 10) return parsePlainDate(text);
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = +y!, month = +mo!, day = +d!;
  if (year < 1000) return undefined; // as for plain dates (and Date.UTC reads 0-99 as 1900-1999)
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  if (h === undefined) return { iso: text, time: probe.getTime(), dateOnly: true };
  const hour = +h, minute = +mi!, second = s ? +s : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = frac ? Math.round(+`0.${frac}` * 1000) : 0;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2), om = +digits.slice(2);
    if (oh > 14 || om > 59) return undefined;
    offset = sign * (oh * 60 + om);
  }
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return { iso: text, time, dateOnly: false };
}

export function readDate(value: unknown, path: string, problems: ProblemList): IsoDate | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!parsed) problems.error(path, 'an ISO 8601 date such as 2024-05-17', value);
  return parsed;
}

/**
 * The review-feed parser: untrusted feed JSON (see `feed-types.ts`) in,
 * the validated {@link ReviewFeed} model out, plus a list of problems.
 *
 * Rules that hold everywhere:
 * - Nothing throws. Values that throw when read (getters, proxies) count as
 *   unreadable; the item holding them is left out with an error.
 * - Only own properties are read; caller data is never changed.
 * - Each review stands alone: an invalid one is left out with problems naming
 *   its path (`reviews[3].rating`); the valid ones keep their source order.
 * - A review is shown whole or not at all: a problem with its id, author,
 *   rating, date, title, body, pros or cons leaves the review out. Problems
 *   with metadata (language, provenance, photos, reply, helpful votes) drop
 *   only that field.
 * - Text is kept exactly; only empty or white-space-only optional text
 *   (title, body, list items) is treated as not given.
 * - URLs go through {@link safeUrl}; a URL that fails is left out with a warning
 *   (a URL that is not even text is an error).
 * - Ratings are whole or half steps inside the scale; a half-star rating
 *   counts in the star below it in histograms (see `reviews.ts`).
 * - A review date more than one day in the future is an error and the review
 *   is left out (a day of tolerance covers time zones and clock skew).
 * - Duplicate review ids: the first keeps its id, later ones become `id~2`,
 *   `id~3`, … (never colliding with another id), with a warning each.
 * - Missing provenance is a warning and stays `undefined` ("source not
 *   stated"); only the exact string `verified-purchase` means verified.
 * - A photo without alt text is kept with `alt: ''` and a warning (the UI
 *   then gives a generic label); a photo whose URL fails is left out.
 * - Keys the format does not define are ignored.
 */
import type {
  Aggregate,
  Availability,
  ItemCondition,
  MerchantReply,
  Offer,
  Product,
  Provenance,
  RatingScale,
  Review,
  ReviewAuthor,
  ReviewDisclosure,
  ReviewFeed,
  ReviewPhoto,
} from './model.js';
import { AUTHOR_DISPLAYS, AVAILABILITIES, ITEM_CONDITIONS, PROVENANCES, VERIFICATION_LEVELS } from './model.js';
import type { Parsed } from './problems.js';
import { ProblemList } from './problems.js';
import type { DataRecord, IsoDate } from './read.js';
import { isRecord, own, parseIsoDate, readDate, readEnum, readNumber, readString } from './read.js';
import { safeUrl } from './url.js';

export interface FeedOptions {
  /** Base for relative URLs (the page or the feed's own URL). Without it, relative URLs are left out. */
  baseUrl?: string;
  /** Hosts photos and product images may come from (`cdn.shop.example`, `*.imgix.net`); any host when not given. */
  imageHosts?: readonly string[];
  /** Most review entries read from one feed; default 10,000. The rest are left out with one problem. */
  maxReviews?: number;
  /**
   * For a later page of a paged feed: the first page's scale. A page that
   * states none is read on it; a page that states another is an error, and
   * its ratings are not read on a scale they were not given on.
   */
  scale?: RatingScale;
}

/** Size limits of the wire format (characters are UTF-16 code units). */
export const FEED_LIMITS = Object.freeze({
  maxReviews: 10_000,
  id: 200,
  authorName: 200,
  title: 300,
  body: 20_000,
  listItems: 20,
  listItem: 500,
  photos: 20,
  photoAlt: 1_000,
  replyBody: 20_000,
  replyAuthor: 200,
  language: 35,
  productName: 500,
  productDescription: 5_000,
  sku: 100,
  mpn: 100,
  brand: 200,
  images: 20,
  offers: 50,
  price: 32,
  disclosureText: 5_000,
  /** Highest allowed `scale.best`. */
  scaleMax: 100,
});

/** How far in the future a date may lie (clock skew, time zones) before it is rejected. */
const FUTURE_TOLERANCE_MS = 86_400_000;

/** The schema.org types an author may have. */
export const AUTHOR_TYPES = ['person', 'organization'] as const;

/** Parser state shared by the readers of one feed. */
interface Context {
  baseUrl: string | undefined;
  imageHosts: readonly string[] | undefined;
  scale: RatingScale;
  now: number;
  languages: Map<string, string>;
}

function contextOf(options: FeedOptions | undefined, scale: RatingScale = { best: 5, worst: 1 }): Context {
  const opts = asRecord(options);
  const base = opts && own(opts, 'baseUrl');
  const hosts = opts && own(opts, 'imageHosts');
  let imageHosts: string[] | undefined;
  if (!isMissing(hosts)) {
    // A host list that cannot be read allows no image host at all, never every host.
    imageHosts = [];
    if (isList(hosts)) {
      const n = lengthOf(hosts);
      try {
        for (let i = 0; i < n; i++) {
          const host: unknown = hosts[i];
          if (typeof host === 'string') imageHosts.push(host);
        }
      } catch {
        imageHosts = [];
      }
    }
  }
  return {
    baseUrl: typeof base === 'string' ? base : undefined,
    imageHosts,
    scale,
    now: Date.now(),
    languages: new Map(),
  };
}

/** The value as a record, or `undefined` (also for values that throw on inspection, such as revoked proxies). */
function asRecord(value: unknown): DataRecord | undefined {
  try {
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The length of a list that may be a hostile proxy; 0 when unreadable. */
function lengthOf(list: readonly unknown[]): number {
  try {
    const n = list.length;
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

/** Records an error without inspecting the value (which may be what threw). */
function unreadable(problems: ProblemList, path: string, expected: string): void {
  problems.items.push({ path, expected, received: 'an unreadable value', severity: 'error' });
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

/** An error for a required field that is missing; `true` when it was missing. */
function missing(value: unknown, path: string, problems: ProblemList, expected: string): boolean {
  if (!isMissing(value)) return false;
  problems.error(path, expected, value);
  return true;
}

/** Optional text: `undefined` when missing or blank, `null` when invalid (problem recorded). */
function optionalText(value: unknown, path: string, problems: ProblemList, maxLength: number): string | undefined | null {
  if (isMissing(value)) return undefined;
  const text = readString(value, path, problems, { maxLength });
  if (text === undefined) return null;
  return text.trim() === '' ? undefined : text;
}

/** A URL through {@link safeUrl}: non-text is an error, text that fails the URL rule a warning. */
function originOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).origin;
  } catch {
    return undefined;
  }
}

function readUrl(
  value: unknown,
  path: string,
  problems: ProblemList,
  base: string | undefined,
  hosts?: readonly string[],
  kind = 'an http(s) URL',
): string | undefined {
  if (isMissing(value)) return undefined;
  if (typeof value !== 'string') {
    problems.error(path, kind, value);
    return undefined;
  }
  const url = safeUrl(value, base, hosts);
  if (url === undefined) {
    const where = hosts ? ` on an allowed image host (${hosts.join(', ') || 'none configured'})` : '';
    problems.warn(path, `${kind}${where} without user name or password; it was left out`, value);
  }
  return url;
}

/** A path segment for an untrusted object key: `.5` for plain keys, `["…"]` otherwise. */
function keyPath(base: string, key: string): string {
  if (/^[A-Za-z0-9_]{1,20}$/.test(key)) return `${base}.${key}`;
  return `${base}[${JSON.stringify(key.length > 20 ? `${key.slice(0, 20)}…` : key)}]`;
}

/** Whole numbers of 0 or more. */
const COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, expected: 'a whole number of 0 or more' } as const;

// ---------------------------------------------------------------- scale

function readScale(value: unknown, problems: ProblemList, continued?: RatingScale): RatingScale | undefined {
  if (isMissing(value)) return continued ? { ...continued } : { best: 5, worst: 1 };
  const record = asRecord(value);
  if (!record) {
    problems.error('scale', 'an object such as { "best": 5, "worst": 1 }', value);
    return undefined;
  }
  const max = FEED_LIMITS.scaleMax;
  const bestValue = own(record, 'best');
  const worstValue = own(record, 'worst');
  const best = isMissing(bestValue)
    ? 5
    : readNumber(bestValue, 'scale.best', problems, { min: 1, max, integer: true });
  const worst = isMissing(worstValue)
    ? 1
    : readNumber(worstValue, 'scale.worst', problems, { min: 0, max: max - 1, integer: true });
  if (best === undefined || worst === undefined) return undefined;
  if (best <= worst) {
    problems.error('scale.best', `a whole number greater than worst (${worst})`, bestValue ?? best);
    return undefined;
  }
  if (continued && (continued.best !== best || continued.worst !== worst)) {
    problems.error('scale', `the first page's scale, ${continued.worst} to ${continued.best} (this page's ratings were not read)`, value);
    return undefined;
  }
  return { best, worst };
}

/** The `scale` option, when it is a valid scale. */
function continuedScale(options: FeedOptions | undefined): RatingScale | undefined {
  const record = asRecord(options);
  const scale = record && asRecord(own(record, 'scale'));
  if (!scale) return undefined;
  const best = own(scale, 'best');
  const worst = own(scale, 'worst');
  return Number.isInteger(best) && Number.isInteger(worst) && (worst as number) < (best as number) ? { best: best as number, worst: worst as number } : undefined;
}

// ---------------------------------------------------------------- reviews

/** `true` when `rating` is a whole or half step inside `scale`. */
function ratingFits(rating: number, scale: RatingScale): boolean {
  return rating >= scale.worst && rating <= scale.best && Number.isInteger(rating * 2);
}

function ratingRule(scale: RatingScale): string {
  return `a number from ${scale.worst} to ${scale.best} in whole or half steps`;
}

function readRating(value: unknown, path: string, problems: ProblemList, scale: RatingScale): number | undefined {
  const expected = ratingRule(scale);
  if (missing(value, path, problems, expected)) return undefined;
  const rating = readNumber(value, path, problems, { min: scale.worst, max: scale.best, expected });
  if (rating === undefined) return undefined;
  if (!ratingFits(rating, scale)) {
    problems.error(path, expected, value);
    return undefined;
  }
  return rating;
}

function readId(value: unknown, path: string, problems: ProblemList): string | undefined {
  const expected = `a non-empty text of at most ${FEED_LIMITS.id} characters`;
  if (missing(value, path, problems, expected)) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    problems.warn(path, 'the id as text, not a number', value);
    return String(value);
  }
  return readString(value, path, problems, { maxLength: FEED_LIMITS.id, nonEmpty: true });
}

function readAuthor(value: unknown, path: string, problems: ProblemList): ReviewAuthor | undefined {
  const nameRule = { maxLength: FEED_LIMITS.authorName, nonEmpty: true };
  const expected = 'a name, or an object with a name';
  if (missing(value, path, problems, expected)) return undefined;
  if (typeof value === 'string') {
    const name = readString(value, path, problems, nameRule);
    return name === undefined ? undefined : { name, display: 'full', type: 'person' };
  }
  const record = asRecord(value);
  if (!record) {
    problems.error(path, expected, value);
    return undefined;
  }
  const nameValue = own(record, 'name');
  if (missing(nameValue, `${path}.name`, problems, 'the author name')) return undefined;
  const name = readString(nameValue, `${path}.name`, problems, nameRule);
  if (name === undefined) return undefined;
  const displayValue = own(record, 'display');
  let display = readEnum(displayValue, AUTHOR_DISPLAYS, `${path}.display`, problems);
  // An unreadable display never shows more of a name than the feed may have meant to hide.
  if (display === undefined) display = isMissing(displayValue) ? 'full' : 'anonymous';
  const type = readEnum(own(record, 'type'), AUTHOR_TYPES, `${path}.type`, problems) ?? 'person';
  return { name, display, type };
}

/** A required date, or an optional one (`required = false`); never more than a day ahead. */
function readPastDate(
  value: unknown,
  path: string,
  problems: ProblemList,
  now: number,
  required: boolean,
): IsoDate | undefined {
  if (required && missing(value, path, problems, 'an ISO 8601 date such as 2024-05-17')) return undefined;
  const date = readDate(value, path, problems);
  if (date && date.time > now + FUTURE_TOLERANCE_MS) {
    problems.error(path, 'a date no more than one day in the future', value);
    return undefined;
  }
  return date;
}

function readLanguage(value: unknown, path: string, problems: ProblemList, cache: Map<string, string>): string | undefined {
  if (isMissing(value)) return undefined;
  const expected = 'a BCP 47 language tag such as sv or en-GB';
  if (typeof value !== 'string' || value.length > FEED_LIMITS.language) {
    problems.error(path, expected, value);
    return undefined;
  }
  let canonical = cache.get(value);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(value)[0] ?? '';
    } catch {
      canonical = '';
    }
    cache.set(value, canonical);
  }
  if (!canonical) {
    problems.error(path, expected, value);
    return undefined;
  }
  return canonical;
}

function readProvenance(value: unknown, path: string, problems: ProblemList): Provenance | undefined {
  if (isMissing(value)) {
    problems.warn(path, `one of ${PROVENANCES.join(', ')} (shown as "source not stated")`, value);
    return undefined;
  }
  return readEnum(value, PROVENANCES, path, problems);
}

/** A list of short texts (pros, cons); `undefined` when invalid. Blank items are skipped. */
function readTextList(value: unknown, path: string, problems: ProblemList): string[] | undefined {
  if (isMissing(value)) return [];
  if (!isList(value)) {
    problems.error(path, 'a list of texts', value);
    return undefined;
  }
  const n = lengthOf(value);
  if (n > FEED_LIMITS.listItems) {
    problems.error(path, `at most ${FEED_LIMITS.listItems} items`, value);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  for (let i = 0; i < n; i++) {
    const item = value[i];
    const text = readString(item, `${path}[${i}]`, problems, { maxLength: FEED_LIMITS.listItem });
    if (text === undefined) {
      if (isMissing(item)) problems.error(`${path}[${i}]`, 'text', item);
      ok = false;
    } else if (text.trim() !== '') out.push(text);
  }
  return ok ? out : undefined;
}

function readPhoto(value: unknown, path: string, problems: ProblemList, ctx: Context): ReviewPhoto | undefined {
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'a photo object { "url": …, "alt": … }', value);
    return undefined;
  }
  const urlValue = own(record, 'url');
  if (missing(urlValue, `${path}.url`, problems, 'an image URL')) return undefined;
  const url = readUrl(urlValue, `${path}.url`, problems, ctx.baseUrl, ctx.imageHosts, 'an http(s) image URL');
  if (url === undefined) return undefined;
  const altValue = own(record, 'alt');
  let alt = '';
  if (isMissing(altValue)) problems.warn(`${path}.alt`, 'a text alternative describing the photo', altValue);
  else alt = readString(altValue, `${path}.alt`, problems, { maxLength: FEED_LIMITS.photoAlt }) ?? '';
  return { url, alt };
}

function readReply(value: unknown, path: string, problems: ProblemList, ctx: Context): MerchantReply | undefined {
  if (isMissing(value)) return undefined;
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'a reply object { "body": … }', value);
    return undefined;
  }
  const bodyValue = own(record, 'body');
  if (missing(bodyValue, `${path}.body`, problems, 'the reply text')) return undefined;
  const body = readString(bodyValue, `${path}.body`, problems, { maxLength: FEED_LIMITS.replyBody, nonEmpty: true });
  if (body === undefined) return undefined;
  const reply: MerchantReply = { body };
  const author = optionalText(own(record, 'author'), `${path}.author`, problems, FEED_LIMITS.replyAuthor);
  if (author) reply.author = author;
  const date = readPastDate(own(record, 'date'), `${path}.date`, problems, ctx.now, false);
  if (date) reply.date = date;
  return reply;
}

function readHelpful(value: unknown, path: string, problems: ProblemList): { up: number; down: number } {
  const votes = { up: 0, down: 0 };
  if (isMissing(value)) return votes;
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'an object { "up": …, "down": … }', value);
    return votes;
  }
  votes.up = readNumber(own(record, 'up'), `${path}.up`, problems, COUNT) ?? 0;
  votes.down = readNumber(own(record, 'down'), `${path}.down`, problems, COUNT) ?? 0;
  return votes;
}

// Fast paths: the usual, valid values are taken without building a field path
// or going through the generic readers; anything else takes the full reader,
// which reports the problem. Both paths accept exactly the same values.

const NON_BLANK = /\S/;
const PROVENANCE_SET: ReadonlySet<unknown> = new Set(PROVENANCES);

/** A string of at most `max` characters. */
function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A list of short texts that needs no report (blank items skipped), or `undefined`. */
function quickTextList(value: unknown): string[] | undefined {
  if (isMissing(value)) return [];
  if (!isList(value)) return undefined;
  const n = lengthOf(value);
  if (n > FEED_LIMITS.listItems) return undefined;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = value[i];
    if (!isText(item, FEED_LIMITS.listItem)) return undefined;
    if (NON_BLANK.test(item)) out.push(item);
  }
  return out;
}

/** Helpful votes that need no report, or `undefined`. */
function quickVotes(value: unknown): { up: number; down: number } | undefined {
  if (isMissing(value)) return { up: 0, down: 0 };
  const record = asRecord(value);
  if (!record) return undefined;
  const up = own(record, 'up') ?? 0;
  const down = own(record, 'down') ?? 0;
  return isCount(up) && isCount(down) ? { up, down } : undefined;
}

function readReviewIn(value: unknown, path: string, problems: ProblemList, ctx: Context): Review | undefined {
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'a review object', value);
    return undefined;
  }
  const L = FEED_LIMITS;
  // Read every field (so all problems are reported), then decide.
  const idValue = own(record, 'id');
  const id = isText(idValue, L.id) && NON_BLANK.test(idValue) ? idValue : readId(idValue, `${path}.id`, problems);

  const authorValue = own(record, 'author');
  const author: ReviewAuthor | undefined =
    isText(authorValue, L.authorName) && NON_BLANK.test(authorValue)
      ? { name: authorValue, display: 'full', type: 'person' }
      : readAuthor(authorValue, `${path}.author`, problems);

  const ratingValue = own(record, 'rating');
  const rating =
    typeof ratingValue === 'number' && ratingFits(ratingValue, ctx.scale)
      ? ratingValue
      : readRating(ratingValue, `${path}.rating`, problems, ctx.scale);

  const titleValue = own(record, 'title');
  const title = isText(titleValue, L.title)
    ? (NON_BLANK.test(titleValue) ? titleValue : undefined)
    : optionalText(titleValue, `${path}.title`, problems, L.title);

  const bodyValue = own(record, 'body');
  const body = isText(bodyValue, L.body)
    ? (NON_BLANK.test(bodyValue) ? bodyValue : undefined)
    : optionalText(bodyValue, `${path}.body`, problems, L.body);

  const dateValue = own(record, 'date');
  let date = typeof dateValue === 'string' ? parseIsoDate(dateValue) : undefined;
  if (!date || date.time > ctx.now + FUTURE_TOLERANCE_MS) date = readPastDate(dateValue, `${path}.date`, problems, ctx.now, true);

  const prosValue = own(record, 'pros');
  const pros = quickTextList(prosValue) ?? readTextList(prosValue, `${path}.pros`, problems);
  const consValue = own(record, 'cons');
  const cons = quickTextList(consValue) ?? readTextList(consValue, `${path}.cons`, problems);

  const languageValue = own(record, 'language');
  const language =
    (typeof languageValue === 'string' && ctx.languages.get(languageValue)) ||
    readLanguage(languageValue, `${path}.language`, problems, ctx.languages);

  const provenanceValue = own(record, 'provenance');
  const provenance = PROVENANCE_SET.has(provenanceValue)
    ? (provenanceValue as Provenance)
    : readProvenance(provenanceValue, `${path}.provenance`, problems);

  const photosValue = own(record, 'photos');
  const photos =
    isMissing(photosValue) || (isList(photosValue) && lengthOf(photosValue) === 0)
      ? []
      : readList(photosValue, `${path}.photos`, problems, L.photos, 'photos', (item, itemPath) => readPhoto(item, itemPath, problems, ctx));

  const replyValue = own(record, 'reply');
  const reply = isMissing(replyValue) ? undefined : readReply(replyValue, `${path}.reply`, problems, ctx);

  const helpfulValue = own(record, 'helpful');
  const helpful = quickVotes(helpfulValue) ?? readHelpful(helpfulValue, `${path}.helpful`, problems);

  if (
    id === undefined ||
    author === undefined ||
    rating === undefined ||
    date === undefined ||
    title === null ||
    body === null ||
    pros === undefined ||
    cons === undefined
  ) {
    return undefined;
  }
  const review: Review = { id, author, rating, date, photos, pros, cons, helpful };
  if (title !== undefined) review.title = title;
  if (body !== undefined) review.body = body;
  if (language !== undefined) review.language = language;
  if (provenance !== undefined) review.provenance = provenance;
  if (reply !== undefined) review.reply = reply;
  return review;
}

export interface ReviewOptions extends FeedOptions {
  /** The scale the rating must fit; default 1..5. */
  scale?: RatingScale;
}

/**
 * Reads one review (for a standalone `<trust-review>` or a form preview).
 * `undefined` when it is invalid; the reasons are in `problems`. Ids are
 * not de-duplicated here (that is a feed-level rule).
 */
export function parseReview(input: unknown, path: string, problems: ProblemList, options?: ReviewOptions): Review | undefined {
  try {
    const scale = asRecord(options) ? own(options as DataRecord, 'scale') : undefined;
    const ctx = contextOf(options, isScale(scale) ? { best: scale.best, worst: scale.worst } : undefined);
    return readReviewIn(input, path, problems, ctx);
  } catch {
    unreadable(problems, path, 'a readable review object');
    return undefined;
  }
}

function isScale(value: unknown): value is RatingScale {
  const record = asRecord(value);
  if (!record) return false;
  const best = own(record, 'best');
  const worst = own(record, 'worst');
  return typeof best === 'number' && typeof worst === 'number' && Number.isInteger(best) && Number.isInteger(worst) && best > worst;
}

/** Reads the reviews list, each entry on its own, de-duplicating ids. */
function readReviews(value: unknown, problems: ProblemList, ctx: Context, maxReviews: number): Review[] {
  const reviews: Review[] = [];
  if (missing(value, 'reviews', problems, 'a list of reviews (may be empty)')) return reviews;
  if (!isList(value)) {
    problems.error('reviews', 'a list of reviews', value);
    return reviews;
  }
  let n = lengthOf(value);
  if (n > maxReviews) {
    problems.error('reviews', `at most ${maxReviews} reviews per feed (the rest were left out)`, value);
    n = maxReviews;
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const path = `reviews[${i}]`;
    let review: Review | undefined;
    try {
      review = readReviewIn(value[i], path, problems, ctx);
    } catch {
      unreadable(problems, path, 'a readable review object');
      continue;
    }
    if (!review) continue;
    if (seen.has(review.id)) {
      const original = review.id;
      let k = 2;
      while (seen.has(`${original}~${k}`)) k++;
      review.id = `${original}~${k}`;
      problems.warn(`${path}.id`, `an id used only once in the feed (this one now reads ${JSON.stringify(review.id)})`, original);
    }
    seen.add(review.id);
    reviews.push(review);
  }
  return reviews;
}

// ---------------------------------------------------------------- aggregate

function readDistribution(value: unknown, path: string, problems: ProblemList, scale: RatingScale): number[] | undefined {
  if (isMissing(value)) return undefined;
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'an object of counts per whole star, such as { "5": 200, "4": 60 }', value);
    return undefined;
  }
  const size = scale.best - scale.worst + 1;
  const keys = Object.keys(record);
  if (keys.length > size) {
    problems.error(path, `at most ${size} entries, one per whole star from ${scale.worst} to ${scale.best}`, value);
    return undefined;
  }
  const counts = new Array<number>(size).fill(0);
  let ok = true;
  for (const key of keys) {
    const entryPath = keyPath(path, key);
    const star = /^\d{1,3}$/.test(key) ? Number(key) : NaN;
    if (!(star >= scale.worst && star <= scale.best)) {
      problems.error(entryPath, `a key that is a whole star from ${scale.worst} to ${scale.best}`, key);
      ok = false;
      continue;
    }
    const count = readNumber(own(record, key), entryPath, problems, COUNT);
    if (count === undefined) ok = false;
    else counts[star - scale.worst] = count;
  }
  return ok ? counts : undefined;
}

/** Reads the shop's stated aggregate on `scale`; `undefined` when missing or invalid. */
export function parseAggregate(input: unknown, path: string, problems: ProblemList, scale: RatingScale): Aggregate | undefined {
  try {
    if (isMissing(input)) return undefined;
    const record = asRecord(input);
    if (!record) {
      problems.error(path, 'an aggregate object { "rating": …, "reviewCount": … }', input);
      return undefined;
    }
    const ratingValue = own(record, 'rating');
    const rule = { min: scale.worst, max: scale.best, expected: `a number from ${scale.worst} to ${scale.best}` };
    const rating = missing(ratingValue, `${path}.rating`, problems, rule.expected)
      ? undefined
      : readNumber(ratingValue, `${path}.rating`, problems, rule);
    const reviewCountValue = own(record, 'reviewCount');
    const reviewCount = missing(reviewCountValue, `${path}.reviewCount`, problems, COUNT.expected)
      ? undefined
      : readNumber(reviewCountValue, `${path}.reviewCount`, problems, COUNT);
    const ratingCount = readNumber(own(record, 'ratingCount'), `${path}.ratingCount`, problems, COUNT);
    const distribution = readDistribution(own(record, 'distribution'), `${path}.distribution`, problems, scale);
    if (rating === undefined || reviewCount === undefined) return undefined;
    const aggregate: Aggregate = { ratingValue: rating, reviewCount, scale };
    if (ratingCount !== undefined) {
      if (ratingCount < reviewCount) {
        problems.warn(`${path}.ratingCount`, `at least reviewCount (${reviewCount}): every review has a rating`, ratingCount);
      }
      aggregate.ratingCount = ratingCount;
    }
    if (distribution) {
      let sum = 0;
      for (const count of distribution) sum += count;
      if (sum !== reviewCount && sum !== ratingCount) {
        const stated = ratingCount === undefined ? `reviewCount (${reviewCount})` : `ratingCount (${ratingCount})`;
        problems.warn(`${path}.distribution`, `counts that add up to ${stated}`, `counts that add up to ${sum}`);
      }
      aggregate.distribution = distribution;
    }
    return aggregate;
  } catch {
    unreadable(problems, path, 'a readable aggregate object');
    return undefined;
  }
}

// ---------------------------------------------------------------- disclosure

/** Reads the review-collection disclosure; `undefined` when missing or invalid. */
export function parseDisclosure(
  input: unknown,
  path: string,
  problems: ProblemList,
  options?: FeedOptions,
): ReviewDisclosure | undefined {
  try {
    if (isMissing(input)) return undefined;
    const record = asRecord(input);
    if (!record) {
      problems.error(path, 'a disclosure object { "verification": … }', input);
      return undefined;
    }
    const ctx = contextOf(options);
    const verificationValue = own(record, 'verification');
    const verification = missing(verificationValue, `${path}.verification`, problems, `one of ${VERIFICATION_LEVELS.join(', ')}`)
      ? undefined
      : readEnum(verificationValue, VERIFICATION_LEVELS, `${path}.verification`, problems);
    const limit = FEED_LIMITS.disclosureText;
    const description = optionalText(own(record, 'description'), `${path}.description`, problems, limit);
    const moderation = optionalText(own(record, 'moderation'), `${path}.moderation`, problems, limit);
    const policyUrl = readUrl(own(record, 'policyUrl'), `${path}.policyUrl`, problems, ctx.baseUrl);
    if (verification === undefined) return undefined;
    const disclosure: ReviewDisclosure = { verification };
    if (description) disclosure.description = description;
    if (moderation) disclosure.moderation = moderation;
    if (policyUrl) disclosure.policyUrl = policyUrl;
    return disclosure;
  } catch {
    unreadable(problems, path, 'a readable disclosure object');
    return undefined;
  }
}

// ---------------------------------------------------------------- product

const PRICE = /^\d+(?:\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

function readPrice(value: unknown, path: string, problems: ProblemList): string | undefined {
  const expected = 'a price of 0 or more with a dot as decimal separator and nothing else, such as "49.90"';
  if (missing(value, path, problems, expected)) return undefined;
  let text: string | undefined;
  if (typeof value === 'number') text = Number.isFinite(value) && value >= 0 ? String(value) : undefined;
  else if (typeof value === 'string') text = value;
  if (text === undefined || text.length > FEED_LIMITS.price || !PRICE.test(text)) {
    problems.error(path, expected, value);
    return undefined;
  }
  return text;
}

/** `Availability` or `ItemCondition` by short name or schema.org URL. */
function readSchemaEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: ProblemList,
): T | undefined {
  if (isMissing(value)) return undefined;
  if (typeof value === 'string') {
    const short = value.replace(/^https?:\/\/schema\.org\//, '');
    if ((allowed as readonly string[]).includes(short)) return short as T;
  }
  problems.error(path, `one of ${allowed.join(', ')} (or its https://schema.org/ URL)`, value);
  return undefined;
}

function readOffer(value: unknown, path: string, problems: ProblemList, ctx: Context): Offer | undefined {
  const record = asRecord(value);
  if (!record) {
    problems.error(path, 'an offer object { "price": …, "currency": … }', value);
    return undefined;
  }
  const price = readPrice(own(record, 'price'), `${path}.price`, problems);
  const currencyValue = own(record, 'currency');
  const currencyRule = 'a three-letter ISO 4217 code in upper case, such as EUR';
  let currency: string | undefined;
  if (!missing(currencyValue, `${path}.currency`, problems, currencyRule)) {
    if (typeof currencyValue === 'string' && CURRENCY.test(currencyValue)) currency = currencyValue;
    else problems.error(`${path}.currency`, currencyRule, currencyValue);
  }
  const availability = readSchemaEnum<Availability>(own(record, 'availability'), AVAILABILITIES, `${path}.availability`, problems);
  const condition = readSchemaEnum<ItemCondition>(own(record, 'condition'), ITEM_CONDITIONS, `${path}.condition`, problems);
  const url = readUrl(own(record, 'url'), `${path}.url`, problems, ctx.baseUrl);
  const validUntil = readDate(own(record, 'validUntil'), `${path}.validUntil`, problems);
  if (price === undefined || currency === undefined) return undefined;
  const offer: Offer = { price, priceCurrency: currency };
  if (availability) offer.availability = availability;
  if (condition) offer.itemCondition = condition;
  if (url) offer.url = url;
  if (validUntil) offer.priceValidUntil = validUntil;
  return offer;
}

/** `true` when the last digit of a GTIN is its GS1 check digit. */
function gtinCheckDigitOk(gtin: string): boolean {
  let sum = 0;
  for (let i = gtin.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(gtin[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(gtin[gtin.length - 1]);
}

function readGtin(value: unknown, path: string, problems: ProblemList): string | undefined {
  if (isMissing(value)) return undefined;
  if (typeof value !== 'string' || !/^(?:\d{8}|\d{12,14})$/.test(value)) {
    problems.error(path, 'a GTIN as text of 8, 12, 13 or 14 digits', value);
    return undefined;
  }
  if (!gtinCheckDigitOk(value)) problems.warn(path, 'a GTIN whose last digit is its check digit', value);
  return value;
}

/** Reads a list whose items are read one by one; over-long lists keep their first `max` items. */
function readList<T>(
  value: unknown,
  path: string,
  problems: ProblemList,
  max: number,
  what: string,
  readItem: (item: unknown, itemPath: string) => T | undefined,
): T[] {
  const out: T[] = [];
  if (isMissing(value)) return out;
  if (!isList(value)) {
    problems.error(path, `a list of ${what}`, value);
    return out;
  }
  let n = lengthOf(value);
  if (n > max) {
    problems.error(path, `at most ${max} ${what} (the rest were left out)`, value);
    n = max;
  }
  for (let i = 0; i < n; i++) {
    const item = readItem(value[i], `${path}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out;
}

function readProduct(input: unknown, path: string, problems: ProblemList, ctx: Context): Product | undefined {
  const record = asRecord(input);
  if (!record) {
    problems.error(path, 'a product object { "name": … }', input);
    return undefined;
  }
  const id = readUrl(own(record, 'id'), `${path}.id`, problems, ctx.baseUrl, undefined, 'an absolute http(s) URL or one relative to the page');
  const nameValue = own(record, 'name');
  const name = missing(nameValue, `${path}.name`, problems, 'the product name')
    ? undefined
    : readString(nameValue, `${path}.name`, problems, { maxLength: FEED_LIMITS.productName, nonEmpty: true });
  const description = optionalText(own(record, 'description'), `${path}.description`, problems, FEED_LIMITS.productDescription);
  const skuValue = own(record, 'sku');
  let sku = readString(skuValue, `${path}.sku`, problems, { maxLength: FEED_LIMITS.sku, nonEmpty: true });
  if (sku !== undefined && /\s/.test(sku)) {
    problems.error(`${path}.sku`, 'a SKU without white space', skuValue);
    sku = undefined;
  }
  const gtin = readGtin(own(record, 'gtin'), `${path}.gtin`, problems);
  const mpn = readString(own(record, 'mpn'), `${path}.mpn`, problems, { maxLength: FEED_LIMITS.mpn, nonEmpty: true });
  const brand = readString(own(record, 'brand'), `${path}.brand`, problems, { maxLength: FEED_LIMITS.brand, nonEmpty: true });
  const image = readList(own(record, 'image'), `${path}.image`, problems, FEED_LIMITS.images, 'image URLs', (item, itemPath) =>
    missing(item, itemPath, problems, 'an image URL')
      ? undefined
      : readUrl(item, itemPath, problems, ctx.baseUrl, ctx.imageHosts, 'an http(s) image URL'),
  );
  const url = readUrl(own(record, 'url'), `${path}.url`, problems, ctx.baseUrl);
  const offers = readList(own(record, 'offers'), `${path}.offers`, problems, FEED_LIMITS.offers, 'offers', (item, itemPath) =>
    readOffer(item, itemPath, problems, ctx),
  );
  if (name === undefined) return undefined;
  const product: Product = { name, image, offers };
  if (id) product.id = id;
  if (description) product.description = description;
  if (sku !== undefined) product.sku = sku;
  if (gtin !== undefined) product.gtin = gtin;
  if (mpn !== undefined) product.mpn = mpn;
  if (brand !== undefined) product.brand = brand;
  if (url) product.url = url;
  return product;
}

/**
 * Reads a product (from a feed, or from `<trust-product>` attribute data).
 * `undefined` when it is missing a name or is not an object; the reasons are
 * in `problems`, under `path`.
 */
export function parseProduct(input: unknown, path: string, problems: ProblemList, options?: FeedOptions): Product | undefined {
  try {
    return readProduct(input, path, problems, contextOf(options));
  } catch {
    unreadable(problems, path, 'a readable product object');
    return undefined;
  }
}

/**
 * The product named by `<trust-product>` attributes, in the feed's product
 * shape (read it with {@link parseProduct}). Shared by the element and by
 * server code that prints the same attributes, so both describe the product
 * identically. `attribute` returns an attribute's value, or null/undefined.
 */
export function productAttributes(attribute: (name: string) => string | null | undefined): Record<string, unknown> | undefined {
  const raw: Record<string, unknown> = {};
  const read = (name: string) => attribute(name) ?? undefined;
  for (const field of ['name', 'sku', 'gtin', 'mpn', 'brand', 'url', 'description'] as const) {
    const value = read(field);
    if (value !== undefined) raw[field] = value;
  }
  const id = read('product-id');
  if (id !== undefined) raw['id'] = id;
  const image = read('image');
  if (image !== undefined) raw['image'] = [image];
  const price = read('price');
  if (price !== undefined) {
    raw['offers'] = [{ price, currency: read('currency'), availability: read('availability'), url: read('url') }];
  }
  return Object.keys(raw).length ? raw : undefined;
}

// ---------------------------------------------------------------- feed

function maxReviewsOf(options: FeedOptions | undefined): number {
  const record = asRecord(options);
  const max = record && own(record, 'maxReviews');
  return typeof max === 'number' && Number.isSafeInteger(max) && max >= 0 ? max : FEED_LIMITS.maxReviews;
}

/** Runs one section reader; a throw becomes one problem at `path`. */
function guarded<T>(problems: ProblemList, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    unreadable(problems, path, `a readable ${path}`);
    return undefined;
  }
}

/**
 * Validates a review feed (the result of `JSON.parse`, or any value) into
 * the {@link ReviewFeed} model. Never throws; never changes `input`.
 *
 * When `scale` is invalid no rating can be interpreted, so reviews and the
 * aggregate are left out (one problem each) rather than read on a guessed scale.
 */
export function parseReviewFeed(input: unknown, options?: FeedOptions): Parsed<ReviewFeed> {
  const problems = new ProblemList();
  const feed: ReviewFeed = { scale: { best: 5, worst: 1 }, reviews: [] };
  try {
    const record = asRecord(input);
    if (!record) {
      problems.error('feed', 'a review feed object { "version": 1, "reviews": [ … ] }', input);
      return { value: feed, problems: problems.items };
    }
    const version = own(record, 'version');
    if (isMissing(version)) problems.warn('version', 'the format version, 1', version);
    else if (version !== 1) problems.error('version', '1 (the only version of the format so far)', version);

    const scale = guarded(problems, 'scale', () => readScale(own(record, 'scale'), problems, continuedScale(options)));
    const ctx = contextOf(options, scale);
    if (scale) feed.scale = scale;

    const productValue = own(record, 'product');
    if (!isMissing(productValue)) {
      const product = guarded(problems, 'product', () => readProduct(productValue, 'product', problems, ctx));
      if (product) feed.product = product;
    }

    const aggregateValue = own(record, 'aggregate');
    if (scale) {
      const aggregate = parseAggregate(aggregateValue, 'aggregate', problems, scale);
      if (aggregate) feed.aggregate = aggregate;
    } else if (!isMissing(aggregateValue)) {
      problems.error('aggregate', 'an aggregate on a valid rating scale (see scale)', aggregateValue);
    }

    const disclosure = parseDisclosure(own(record, 'disclosure'), 'disclosure', problems, options);
    if (disclosure) feed.disclosure = disclosure;

    const reviewsValue = own(record, 'reviews');
    let listed = 0;
    if (scale) {
      feed.reviews = guarded(problems, 'reviews', () => readReviews(reviewsValue, problems, ctx, maxReviewsOf(options))) ?? [];
      if (isList(reviewsValue)) listed = lengthOf(reviewsValue);
    } else if (!isMissing(reviewsValue)) {
      problems.error('reviews', 'reviews on a valid rating scale (see scale); none could be read', reviewsValue);
    }

    const totalValue = own(record, 'total');
    const total = readNumber(totalValue, 'total', problems, COUNT);
    if (total !== undefined) {
      if (total >= listed) feed.total = total;
      else problems.error('total', `a whole number of at least ${listed} (the number of reviews in the feed)`, totalValue);
    }

    // The next page must come from where this page came from: a feed cannot send the browser to other hosts.
    const nextValue = own(record, 'next');
    const next = readUrl(nextValue, 'next', problems, ctx.baseUrl);
    const feedOrigin = originOf(ctx.baseUrl);
    if (next && feedOrigin && originOf(next) !== feedOrigin) {
      problems.error('next', `a URL on the feed's own origin (${feedOrigin})`, nextValue);
    } else if (next) feed.next = next;
  } catch {
    unreadable(problems, 'feed', 'a readable review feed');
  }
  return { value: feed, problems: problems.items };
}

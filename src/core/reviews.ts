/**
 * Pure operations on validated reviews, shared by the summary, the list and
 * the JSON-LD builders: the aggregate computed from reviews, the check of a
 * stated aggregate against it, and sorting, filtering, search and paging.
 *
 * Honesty rules built in: averages and histograms are computed over every
 * review given (never a filtered subset); there is no option to hide low
 * ratings; a query always reports the full `total` next to what it matched.
 * Inputs are never changed.
 */
import { displayAuthorName } from './author.js';
import type { Aggregate, RatingScale, Review } from './model.js';
import type { Problem } from './problems.js';
import { describeValue } from './problems.js';

/**
 * The whole-star bucket of a rating: half-star ratings count in the star
 * below (4.5 is a 4), so a histogram or a star filter never overstates.
 */
export function starBucket(rating: number): number {
  return Math.floor(rating);
}

/**
 * The average, count and per-star distribution of `reviews` on `scale`, or
 * `undefined` when there are none. Reviews are expected to be parser output;
 * a rating that is not a number inside the scale (impossible there) is not counted.
 */
export function computeAggregate(reviews: readonly Review[], scale: RatingScale): Aggregate | undefined {
  const { best, worst } = scale;
  if (!(Number.isInteger(best) && Number.isInteger(worst) && best > worst)) return undefined;
  const distribution = new Array<number>(best - worst + 1).fill(0);
  let sum = 0;
  let count = 0;
  for (const review of reviews) {
    const rating = review.rating;
    if (!(rating >= worst && rating <= best)) continue;
    sum += rating;
    count++;
    distribution[starBucket(rating) - worst]!++;
  }
  if (count === 0) return undefined;
  return { ratingValue: sum / count, reviewCount: count, scale: { best, worst }, distribution };
}

/** How far a stated average may be from the computed one before it is reported. */
const AVERAGE_TOLERANCE = 0.05;

/**
 * Checks a stated aggregate against one computed from the reviews: a
 * different scale, an average more than 0.05 away, a different review count
 * or a different distribution is reported as a warning (nothing is removed;
 * the caller decides which to show). Only meaningful when the computed
 * aggregate covers every published review, not one page of a paged feed.
 */
export function compareAggregates(stated: Aggregate, computed: Aggregate): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, expected: string, received: unknown): void => {
    problems.push({ path, expected, received: describeValue(received), severity: 'warning' });
  };
  if (stated.scale.best !== computed.scale.best || stated.scale.worst !== computed.scale.worst) {
    report(
      'aggregate.scale',
      `the reviews' scale, ${computed.scale.worst} to ${computed.scale.best}`,
      `${stated.scale.worst} to ${stated.scale.best}`,
    );
    return problems;
  }
  const n = computed.reviewCount;
  const reviews = `${n} review${n === 1 ? '' : 's'}`;
  if (!(Math.abs(stated.ratingValue - computed.ratingValue) <= AVERAGE_TOLERANCE + 1e-9)) {
    const average = Math.round(computed.ratingValue * 100) / 100;
    report('aggregate.rating', `${average}, the average of the ${reviews} (within ${AVERAGE_TOLERANCE})`, stated.ratingValue);
  }
  if (stated.reviewCount !== n) report('aggregate.reviewCount', `${n}, the number of reviews`, stated.reviewCount);
  if (stated.distribution && computed.distribution) {
    const a = stated.distribution;
    const b = computed.distribution;
    if (a.length !== b.length || a.some((count, i) => count !== b[i])) {
      report('aggregate.distribution', `the counts per star of the ${reviews}: ${b.join(', ')}`, a.join(', '));
    }
  }
  return problems;
}

export const REVIEW_SORTS = ['newest', 'highest', 'lowest', 'most-helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewQuery {
  /**
   * Order: `newest` date first, `highest` / `lowest` rating first,
   * `most-helpful` most "helpful" votes first. Sorting is stable: reviews
   * that tie keep their source order. Without a sort, source order is kept.
   */
  sort?: ReviewSort;
  /** Whole-star buckets to keep (`[4, 5]`); a half-star rating is in the star below. Empty keeps all. */
  stars?: readonly number[];
  /** Only reviews with at least one photo. */
  withPhotos?: boolean;
  /** Only reviews whose provenance is `verified-purchase`. */
  verifiedOnly?: boolean;
  /** A BCP 47 tag: `sv` keeps `sv` and `sv-FI`; `sv-FI` keeps only `sv-FI`. Reviews without a language do not match. */
  language?: string;
  /**
   * Words that must all occur (case- and accent-insensitive) in the title,
   * body, pros, cons or the author's shown name.
   */
  search?: string;
  /** Reviews to skip after filtering and sorting; default 0. */
  offset?: number;
  /** Most reviews to return; default all. */
  limit?: number;
}

export interface ReviewQueryResult {
  /** The requested page, in order. */
  items: Review[];
  /** How many reviews passed the filters (before paging). */
  matched: number;
  /** How many reviews there are in all (never reduced by a filter). */
  total: number;
}

/** Letters that carry their mark in the base letter, so NFD does not separate it. */
const FOLDS: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    ł: 'l',
    đ: 'd',
    ð: 'd',
    ħ: 'h',
    ı: 'i',
    þ: 'th',
  }),
);
const FOLDABLE = /[ßæœøłđðħıþ]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Text folded for matching: lower case (Unicode default mapping, the same in
 * every locale), then decomposed (NFD) with the accents removed, so `Äpple`,
 * `äpple` and `apple` match and `ПРИВЕТ` matches `привет`.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII has nothing to decompose; skipping NFD keeps index building fast.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(FOLDABLE, (c) => FOLDS[c] ?? c);
}

/**
 * Folded search text per review, built on first search and kept as long as
 * the review object lives. Keyed by review (not by array) so filtered or
 * re-sliced arrays reuse the same entries; reviews are treated as immutable.
 */
const searchIndex = new WeakMap<Review, string>();

function searchTextOf(review: Review): string {
  let text = searchIndex.get(review);
  if (text === undefined) {
    const parts = [review.title ?? '', review.body ?? '', ...review.pros, ...review.cons, displayAuthorName(review.author, '')];
    // Only the shown part of the author's name is searchable (nothing of an anonymous one).
    // Terms hold no white space, so the separator stops a match from spanning two fields.
    text = foldForSearch(parts.join('\n'));
    searchIndex.set(review, text);
  }
  return text;
}

/** Longest search text looked at; the rest is ignored. */
const MAX_SEARCH_LENGTH = 500;

function searchTerms(search: unknown): string[] {
  if (typeof search !== 'string') return [];
  return foldForSearch(search.slice(0, MAX_SEARCH_LENGTH)).split(/\s+/).filter(Boolean);
}

function languageMatcher(language: unknown): ((review: Review) => boolean) | undefined {
  if (typeof language !== 'string' || language.trim() === '') return undefined;
  const wanted = language.trim().toLowerCase();
  const prefix = `${wanted}-`;
  return (review) => {
    const tag = review.language?.toLowerCase();
    return tag !== undefined && (tag === wanted || tag.startsWith(prefix));
  };
}

/** A whole number of 0 or more from a paging option, or `fallback` for anything else. */
function pageValue(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

const COMPARATORS: Readonly<Record<ReviewSort, (a: Review, b: Review) => number>> = Object.freeze({
  newest: (a: Review, b: Review) => b.date.time - a.date.time,
  highest: (a: Review, b: Review) => b.rating - a.rating,
  lowest: (a: Review, b: Review) => a.rating - b.rating,
  'most-helpful': (a: Review, b: Review) => b.helpful.up - a.helpful.up,
});

/**
 * Filters, sorts and pages `reviews` without changing them. Filters combine
 * (all must hold). `total` is always `reviews.length`, so a list can say
 * "showing 3 of 312 reviews" whenever a filter is active.
 */
export function queryReviews(reviews: readonly Review[], options?: ReviewQuery): ReviewQueryResult {
  const query: ReviewQuery = options ?? {};
  const tests: Array<(review: Review) => boolean> = [];
  if (Array.isArray(query.stars) && query.stars.length > 0) {
    const stars = new Set(query.stars);
    tests.push((review) => stars.has(starBucket(review.rating)));
  }
  if (query.withPhotos === true) tests.push((review) => review.photos.length > 0);
  if (query.verifiedOnly === true) tests.push((review) => review.provenance === 'verified-purchase');
  const language = languageMatcher(query.language);
  if (language) tests.push(language);
  const terms = searchTerms(query.search);
  if (terms.length > 0) {
    tests.push((review) => {
      const text = searchTextOf(review);
      return terms.every((term) => text.includes(term));
    });
  }

  let matches: Review[];
  if (tests.length === 0) matches = reviews.slice();
  else matches = reviews.filter((review) => tests.every((test) => test(review)));

  const sort = query.sort;
  if (sort !== undefined && Object.hasOwn(COMPARATORS, sort)) matches.sort(COMPARATORS[sort]);

  const offset = pageValue(query.offset, 0);
  const limit = pageValue(query.limit, matches.length);
  const items = offset === 0 && limit >= matches.length ? matches : matches.slice(offset, offset + limit);
  return { items, matched: matches.length, total: reviews.length };
}

/**
 * The one rule for which average and counts a page shows: always over ALL
 * published reviews. When the feed holds every review, the aggregate is
 * computed from them (a stated aggregate that differs is reported, not
 * shown). When the feed is paged, only the shop's stated aggregate covers
 * all reviews; without one, no average is shown rather than one computed
 * from a single page.
 */
import type { Aggregate, ReviewFeed } from './model.js';
import type { Parsed, Problem } from './problems.js';
import { compareAggregates, computeAggregate } from './reviews.js';

/**
 * True when the feed holds every published review: no link to a next page,
 * and neither the stated total nor the stated aggregate counts more reviews
 * than are present (a theme's JSON-LD often marks up 3 of 500 reviews).
 */
export function feedIsComplete(feed: ReviewFeed): boolean {
  const present = feed.reviews.length;
  const stated = Math.max(feed.total ?? 0, feed.aggregate?.reviewCount ?? 0, feed.aggregate?.ratingCount ?? 0);
  return feed.next === undefined && stated <= present;
}

export function overallAggregate(feed: ReviewFeed): Parsed<Aggregate | undefined> {
  const problems: Problem[] = [];
  if (feedIsComplete(feed)) {
    const computed = computeAggregate(feed.reviews, feed.scale);
    if (feed.aggregate) {
      if (computed) problems.push(...compareAggregates(feed.aggregate, computed));
      else if (feed.aggregate.reviewCount > 0) {
        problems.push({ path: 'aggregate.reviewCount', expected: 'the number of published reviews, 0', received: String(feed.aggregate.reviewCount), severity: 'error' });
      }
    }
    return { value: computed, problems };
  }
  if (!feed.aggregate) {
    problems.push({
      path: 'aggregate',
      expected: `an aggregate over all ${feed.total ?? 'published'} reviews when the feed is paged (no average is shown from one page)`,
      received: 'nothing',
      severity: 'error',
    });
  } else {
    // The count shown beside the reviews must cover them: "2 reviews" above ten cards is a false number.
    // (Only a ratingCount is known when reviewCount is 0, as in some JSON-LD.)
    const { reviewCount, ratingCount } = feed.aggregate;
    const counted = reviewCount > 0 ? reviewCount : (ratingCount ?? 0);
    if (counted < feed.reviews.length) {
      problems.push({
        path: reviewCount > 0 ? 'aggregate.reviewCount' : 'aggregate.ratingCount',
        expected: `at least the ${feed.reviews.length} reviews in the feed (the stated aggregate is not shown)`,
        received: String(counted),
        severity: 'error',
      });
      return { value: undefined, problems };
    }
  }
  return { value: feed.aggregate, problems };
}

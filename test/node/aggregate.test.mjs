/**
 * Which average a page shows: always over all published reviews, never one
 * computed from a page or from the few reviews a theme marked up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDist } from './dist.mjs';

const { overallAggregate, feedIsComplete } = await fromDist('core/index.js');

const review = (rating, i) => ({ id: `r${i}`, rating, date: { iso: '2026-01-01', time: 0, dateOnly: true }, author: { name: 'A', display: 'full', type: 'person' }, photos: [], pros: [], cons: [], helpful: { up: 0, down: 0 } });
const scale = { best: 5, worst: 1 };
const stated = { ratingValue: 3.2, reviewCount: 36, scale };
const tenFives = Array.from({ length: 10 }, (_, i) => review(5, i));

test('a feed with every review: the average is computed from them, and a differing statement is reported', () => {
  const feed = { scale, reviews: [review(1, 1), review(2, 2), review(3, 3)], aggregate: { ratingValue: 4.8, reviewCount: 3, scale } };
  assert.equal(feedIsComplete(feed), true);
  const { value, problems } = overallAggregate(feed);
  assert.equal(value.ratingValue, 2);
  assert.ok(problems.some((p) => p.path === 'aggregate.rating'));
});

test('one page of a paged feed (a next link, no total): the stated aggregate, never the page average', () => {
  const feed = { scale, reviews: tenFives, aggregate: stated, next: 'https://shop.example/reviews?page=2' };
  assert.equal(feedIsComplete(feed), false);
  assert.deepEqual(overallAggregate(feed).value, stated);
});

test('a theme that marks up 3 of 500 reviews: the stated 500-review aggregate, not 5.0 over 3', () => {
  const feed = { scale, reviews: tenFives.slice(0, 3), aggregate: { ratingValue: 3.1, reviewCount: 500, scale } };
  assert.equal(feedIsComplete(feed), false);
  assert.equal(overallAggregate(feed).value.ratingValue, 3.1);
});

test('a paged feed without an aggregate shows none, and says why', () => {
  const { value, problems } = overallAggregate({ scale, reviews: tenFives, total: 40 });
  assert.equal(value, undefined);
  assert.match(problems[0].expected, /aggregate over all 40 reviews/);
});

test('a stated count smaller than the reviews present is reported and not shown (never "2 reviews" above ten cards)', () => {
  const paged = { scale, reviews: tenFives, next: 'https://x.example/2' };
  const small = overallAggregate({ ...paged, aggregate: { ratingValue: 5, reviewCount: 4, scale } });
  assert.ok(small.problems.some((p) => p.path === 'aggregate.reviewCount' && /not shown/.test(p.expected)));
  assert.equal(small.value, undefined);
  // A larger ratingCount does not make a too-small reviewCount true.
  const mixed = overallAggregate({ ...paged, aggregate: { ratingValue: 5, reviewCount: 2, ratingCount: 50, scale } });
  assert.equal(mixed.value, undefined);
  // With only a ratingCount known (reviewCount 0, as imported from some JSON-LD), that count must cover the reviews.
  const ratingsOnly = { ratingValue: 4.1, reviewCount: 0, ratingCount: 50, scale };
  assert.deepEqual(overallAggregate({ ...paged, aggregate: ratingsOnly }).value, ratingsOnly);
});

// Pure review operations (src/core/reviews.ts): aggregate, comparison, queries.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromDist } from './dist.mjs';

const core = await fromDist('core/index.js');
const { parseReviewFeed, computeAggregate, compareAggregates, queryReviews, foldForSearch, starBucket, REVIEW_SORTS } = core;

const SCALE = { best: 5, worst: 1 };

/** Parses wire reviews into model reviews (so tests use real parser output). */
function reviewsFrom(list, scale) {
  const result = parseReviewFeed({ version: 1, scale, reviews: list });
  assert.deepStrictEqual(result.problems.filter((p) => p.severity === 'error'), []);
  return result.value.reviews;
}

let counter = 0;
function wire(extra = {}) {
  counter++;
  return { id: `w${counter}`, author: `Author ${counter}`, rating: 4, date: '2024-01-01', provenance: 'organic', ...extra };
}

const ids = (result) => result.items.map((r) => r.id);

// ------------------------------------------------------------------ aggregate

describe('computeAggregate', () => {
  test('mean over all reviews, counts, distribution per whole star; half stars count in the star below', () => {
    const reviews = reviewsFrom([wire({ rating: 5 }), wire({ rating: 4 }), wire({ rating: 4.5 }), wire({ rating: 1 }), wire({ rating: 1.5 })]);
    assert.deepStrictEqual(computeAggregate(reviews, SCALE), {
      ratingValue: 16 / 5,
      reviewCount: 5,
      scale: SCALE,
      distribution: [2, 0, 0, 2, 1],
    });
    assert.equal(starBucket(4.5), 4);
    assert.equal(starBucket(5), 5);
  });

  test('undefined when there are no reviews; other scales', () => {
    assert.equal(computeAggregate([], SCALE), undefined);
    const ten = { best: 10, worst: 0 };
    const reviews = reviewsFrom([wire({ rating: 0 }), wire({ rating: 10 }), wire({ rating: 7.5 })], ten);
    assert.deepStrictEqual(computeAggregate(reviews, ten), {
      ratingValue: 17.5 / 3,
      reviewCount: 3,
      scale: ten,
      distribution: [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1],
    });
    assert.equal(computeAggregate(reviews, { best: 1, worst: 5 }), undefined);
  });

  test('does not change its input', () => {
    const reviews = Object.freeze(reviewsFrom([wire({ rating: 2 }), wire({ rating: 5 })]));
    const copy = structuredClone(reviews);
    computeAggregate(reviews, SCALE);
    assert.deepStrictEqual(reviews, copy);
  });
});

describe('compareAggregates', () => {
  const computed = { ratingValue: 4.3, reviewCount: 10, scale: SCALE, distribution: [0, 0, 2, 3, 5] };

  test('no problems within 0.05 and equal counts', () => {
    assert.deepStrictEqual(compareAggregates({ ...computed, ratingValue: 4.35 }, computed), []);
    assert.deepStrictEqual(compareAggregates({ ...computed, ratingValue: 4.25 }, computed), []);
    assert.deepStrictEqual(compareAggregates({ ratingValue: 4.3, reviewCount: 10, scale: SCALE }, computed), []);
  });

  test('a different average, count or distribution is reported with its path', () => {
    const problems = compareAggregates({ ratingValue: 4.8, reviewCount: 312, scale: SCALE, distribution: [0, 0, 0, 0, 312] }, computed);
    assert.deepStrictEqual(problems.map((p) => [p.path, p.severity]), [
      ['aggregate.rating', 'warning'],
      ['aggregate.reviewCount', 'warning'],
      ['aggregate.distribution', 'warning'],
    ]);
    assert.equal(problems[0].received, '4.8');
    assert.match(problems[0].expected, /4\.3, the average of the 10 reviews/);
    assert.equal(problems[1].received, '312');
    assert.deepStrictEqual(compareAggregates({ ...computed, ratingValue: 4.36 }, computed).map((p) => p.path), ['aggregate.rating']);
  });

  test('a different scale is reported once', () => {
    const problems = compareAggregates({ ...computed, scale: { best: 10, worst: 1 } }, computed);
    assert.deepStrictEqual(problems.map((p) => p.path), ['aggregate.scale']);
  });

  test('works on parser output end to end', () => {
    const feed = parseReviewFeed({
      version: 1,
      aggregate: { rating: 4.9, reviewCount: 3 },
      reviews: [wire({ rating: 5 }), wire({ rating: 1 }), wire({ rating: 3 })],
    }).value;
    const problems = compareAggregates(feed.aggregate, computeAggregate(feed.reviews, feed.scale));
    assert.deepStrictEqual(problems.map((p) => p.path), ['aggregate.rating']);
  });
});

// ------------------------------------------------------------------ queries

/** A small, varied set in a known source order. */
function sampleReviews() {
  return reviewsFrom([
    wire({ id: 'a', rating: 5, date: '2024-03-01', helpful: { up: 2 }, language: 'sv', provenance: 'verified-purchase', title: 'Äpple-grön och tyst' }),
    wire({ id: 'b', rating: 3, date: '2024-05-01', helpful: { up: 7 }, language: 'en-GB', body: 'The lid is a bit loose.' }),
    wire({ id: 'c', rating: 4.5, date: '2024-03-01', helpful: { up: 2 }, language: 'sv-FI', photos: [{ url: 'https://cdn.example/c.jpg', alt: 'c' }], provenance: 'verified-purchase' }),
    wire({ id: 'd', rating: 1, date: '2024-01-15', helpful: { up: 7 }, language: 'ru', title: 'ЧАЙНИК ПРОТЕКАЕТ', cons: ['Течёт'] }),
    wire({ id: 'e', rating: 5, date: '2024-05-01', language: 'pl', pros: ['Łódź design'], author: { name: 'Zoë Hidden', display: 'anonymous' } }),
    wire({ id: 'f', rating: 3, date: '2023-12-24', helpful: { up: 2 }, author: { name: 'Karin Lindqvist', display: 'first-initial' }, body: 'Works' }),
    wire({ id: 'g', rating: 4, date: '2024-05-01', provenance: undefined }),
  ]);
}

describe('queryReviews: sorting', () => {
  test('no sort keeps source order; total is always the full count', () => {
    const reviews = sampleReviews();
    const result = queryReviews(reviews);
    assert.deepStrictEqual(ids(result), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    assert.equal(result.total, 7);
    assert.equal(result.matched, 7);
    assert.notEqual(result.items, reviews, 'a new array, never the input');
  });

  test('each sort is stable: ties keep source order', () => {
    const reviews = sampleReviews();
    assert.deepStrictEqual(REVIEW_SORTS, ['newest', 'highest', 'lowest', 'most-helpful']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { sort: 'newest' })), ['b', 'e', 'g', 'a', 'c', 'd', 'f']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { sort: 'highest' })), ['a', 'e', 'c', 'g', 'b', 'f', 'd']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { sort: 'lowest' })), ['d', 'b', 'f', 'g', 'c', 'a', 'e']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { sort: 'most-helpful' })), ['b', 'd', 'a', 'c', 'f', 'e', 'g']);
  });

  test('stability holds for large sets with many ties', () => {
    const many = reviewsFrom(Array.from({ length: 2_000 }, (_, i) => wire({ id: `t${i}`, rating: 1 + (i % 3), date: '2024-01-01' })));
    for (const sort of REVIEW_SORTS) {
      const sorted = queryReviews(many, { sort }).items;
      for (let i = 1; i < sorted.length; i++) {
        const [prev, cur] = [sorted[i - 1], sorted[i]];
        const tie = sort === 'highest' || sort === 'lowest' ? prev.rating === cur.rating : true;
        if (tie) assert.ok(Number(prev.id.slice(1)) < Number(cur.id.slice(1)), `${sort}: ${prev.id} before ${cur.id}`);
      }
    }
  });

  test('an unknown sort keeps source order', () => {
    assert.deepStrictEqual(ids(queryReviews(sampleReviews(), { sort: 'random' })), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    assert.deepStrictEqual(ids(queryReviews(sampleReviews(), { sort: '__proto__' })), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  test('never changes the input array (works on a frozen one)', () => {
    const reviews = Object.freeze(sampleReviews());
    const before = reviews.map((r) => r.id);
    for (const sort of REVIEW_SORTS) queryReviews(reviews, { sort, search: 'a', stars: [5, 3] });
    assert.deepStrictEqual(reviews.map((r) => r.id), before);
  });
});

describe('queryReviews: filters', () => {
  const reviews = sampleReviews();

  test('stars match whole-star buckets (4.5 is a 4); empty keeps all', () => {
    assert.deepStrictEqual(ids(queryReviews(reviews, { stars: [5] })), ['a', 'e']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { stars: [4] })), ['c', 'g']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { stars: [1, 3] })), ['b', 'd', 'f']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { stars: [] })).length, 7);
    const result = queryReviews(reviews, { stars: [2] });
    assert.deepStrictEqual(result, { items: [], matched: 0, total: 7 });
  });

  test('withPhotos and verifiedOnly (verified means provenance verified-purchase only)', () => {
    assert.deepStrictEqual(ids(queryReviews(reviews, { withPhotos: true })), ['c']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { verifiedOnly: true })), ['a', 'c']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { verifiedOnly: 'yes' })).length, 7, 'only the boolean true filters');
  });

  test('language matches the tag or its sub-tags, case-insensitively', () => {
    assert.deepStrictEqual(ids(queryReviews(reviews, { language: 'sv' })), ['a', 'c']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { language: 'SV-fi' })), ['c']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { language: 'en' })), ['b']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { language: 's' })), []);
    assert.equal(queryReviews(reviews, { language: '' }).matched, 7);
  });

  test('filters combine, and paging applies after sorting', () => {
    const result = queryReviews(reviews, { stars: [5, 4], sort: 'lowest', offset: 1, limit: 2 });
    assert.deepStrictEqual(ids(result), ['c', 'a']); // g(4), c(4.5), a(5), e(5)
    assert.equal(result.matched, 4);
    assert.equal(result.total, 7);
  });
});

describe('queryReviews: search', () => {
  const reviews = sampleReviews();
  const find = (search) => ids(queryReviews(reviews, { search }));

  test('case- and accent-insensitive: "apple" finds "Äpple", and the other way round', () => {
    assert.deepStrictEqual(find('apple'), ['a']);
    assert.deepStrictEqual(find('ÄPPLE'), ['a']);
    assert.deepStrictEqual(find('äpple-GRÖN'), ['a']);
    assert.deepStrictEqual(find('lodz'), ['e']);
    assert.equal(foldForSearch('Crème BRÛLÉE Straße'), 'creme brulee strasse');
  });

  test('Cyrillic is case-insensitive (and ё matches е)', () => {
    assert.deepStrictEqual(find('чайник'), ['d']);
    assert.deepStrictEqual(find('Протекает'), ['d']);
    assert.deepStrictEqual(find('течет'), ['d']);
  });

  test('searches title, body, pros, cons and the shown author name; all words must occur', () => {
    assert.deepStrictEqual(find('lid loose'), ['b']);
    assert.deepStrictEqual(find('lid tyst'), []);
    assert.deepStrictEqual(find('design'), ['e']);
    assert.deepStrictEqual(find('author 2'), []);
    assert.deepStrictEqual(find('Karin'), ['f']);
    assert.deepStrictEqual(find('   '), ids(queryReviews(reviews)));
  });

  test('never finds the hidden name of an anonymous author, nor the hidden part of a shortened one', () => {
    assert.deepStrictEqual(find('Zoë'), []);
    assert.deepStrictEqual(find('hidden'), []);
    assert.deepStrictEqual(find('Lindqvist'), []);
  });

  test('search works on filtered copies and stays consistent across repeated queries', () => {
    const subset = reviews.filter((r) => r.rating >= 4);
    assert.deepStrictEqual(ids(queryReviews(subset, { search: 'apple' })), ['a']);
    for (let i = 0; i < 3; i++) assert.deepStrictEqual(find('apple'), ['a']);
  });
});

describe('queryReviews: paging', () => {
  const reviews = sampleReviews();

  test('offset and limit', () => {
    assert.deepStrictEqual(ids(queryReviews(reviews, { offset: 0, limit: 3 })), ['a', 'b', 'c']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { offset: 3, limit: 3 })), ['d', 'e', 'f']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { offset: 6, limit: 3 })), ['g']);
    assert.deepStrictEqual(ids(queryReviews(reviews, { offset: 9, limit: 3 })), []);
    assert.deepStrictEqual(ids(queryReviews(reviews, { limit: 0 })), []);
    const page = queryReviews(reviews, { offset: 3, limit: 3 });
    assert.equal(page.matched, 7);
    assert.equal(page.total, 7);
  });

  test('odd paging values fall back to defaults instead of throwing', () => {
    for (const [offset, limit] of [[-1, 2], [NaN, 2], ['2', 2], [1.7, 2.9], [Infinity, 2]]) {
      const result = queryReviews(reviews, { offset, limit });
      assert.ok(result.items.length <= 2);
    }
    assert.deepStrictEqual(ids(queryReviews(reviews, { offset: 1.7, limit: 2.9 })), ['b', 'c']);
    assert.equal(queryReviews(reviews, { limit: -5 }).items.length, 7);
    assert.equal(queryReviews(reviews, null).items.length, 7);
  });
});

// ------------------------------------------------------------------ size

describe('10,000 reviews', () => {
  test('parse, aggregate and queries are fast (timings printed, not asserted)', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ({
      id: `r${i}`,
      author: i % 5 === 0 ? { name: `Åsa Berg ${i}`, display: 'first-initial' } : `Reviewer ${i}`,
      rating: 1 + (i % 9) / 2,
      title: i % 100 === 0 ? `Äpple ${i}` : `Review ${i}`,
      body: `Boils fast, quiet, the lid closes well. Number ${i}. `.repeat(4),
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      language: ['en', 'sv', 'nl', 'ru', 'pl'][i % 5],
      provenance: i % 2 ? 'verified-purchase' : 'invited',
      photos: i % 10 === 0 ? [{ url: `https://cdn.example/${i}.jpg`, alt: `${i}` }] : [],
      pros: ['Quiet'],
      helpful: { up: i % 17, down: 0 },
    }));
    const time = (label, fn) => {
      const start = performance.now();
      const value = fn();
      console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
      return value;
    };
    const feed = time('parse 10,000 reviews', () => parseReviewFeed({ version: 1, reviews: list }));
    const reviews = feed.value.reviews;
    assert.equal(reviews.length, 10_000);
    const aggregate = time('computeAggregate', () => computeAggregate(reviews, SCALE));
    assert.equal(aggregate.reviewCount, 10_000);
    time('sort newest, first page', () => queryReviews(reviews, { sort: 'newest', limit: 20 }));
    time('sort most-helpful + stars [4, 5]', () => queryReviews(reviews, { sort: 'most-helpful', stars: [4, 5], limit: 20 }));
    const first = time('search "apple" (builds the index)', () => queryReviews(reviews, { search: 'apple' }));
    assert.equal(first.matched, 100);
    const again = time('search "äpple" again (index cached)', () => queryReviews(reviews, { search: 'äpple' }));
    assert.equal(again.matched, 100);
    const combined = time('search + verified + language + sort', () =>
      queryReviews(reviews, { search: 'lid', verifiedOnly: true, language: 'sv', sort: 'highest', offset: 20, limit: 20 }),
    );
    assert.equal(combined.total, 10_000);
    assert.equal(combined.items.length, 20);
  });
});

// The review-feed parser and its JSON Schema (src/core/feed.ts, review-feed.schema.json).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromDist } from './dist.mjs';

const core = await fromDist('core/index.js');
const model = await fromDist('core/model.js');
const { parseReviewFeed, parseProduct, parseReview, ProblemList, FEED_LIMITS, AUTHOR_TYPES } = core;

const schema = JSON.parse(readFileSync(new URL('../../src/core/review-feed.schema.json', import.meta.url), 'utf8'));

const BASE = 'https://shop.example/p/kettle';
const DAY = 86_400_000;

/** A complete, valid feed using every field of the format. */
function sampleFeed() {
  return {
    version: 1,
    product: {
      id: '#product',
      name: 'Electric kettle 1.7 l',
      description: 'Stainless steel, 2200 W.',
      sku: 'KT-17-SS',
      gtin: '4006381333931',
      mpn: 'KT17',
      brand: 'Hervor',
      image: ['https://cdn.shop.example/kettle.jpg', '/img/kettle-side.jpg'],
      url: '/p/kettle',
      offers: [
        {
          price: '49.90',
          currency: 'EUR',
          availability: 'InStock',
          condition: 'https://schema.org/NewCondition',
          url: 'https://shop.example/p/kettle?buy',
          validUntil: '2027-01-31',
        },
      ],
    },
    scale: { best: 5, worst: 1 },
    aggregate: { rating: 4.4, reviewCount: 312, ratingCount: 330, distribution: { 1: 20, 2: 12, 3: 20, 4: 60, 5: 218 } },
    disclosure: {
      verification: 'verified-buyers-only',
      description: 'Only customers with a delivered order can review.',
      moderation: 'We remove spam and personal data only.',
      policyUrl: '/review-policy',
    },
    reviews: [
      {
        id: 'r1',
        author: { name: 'Anna Svensson', display: 'first-initial', type: 'person' },
        rating: 5,
        title: 'Snabb och tyst',
        body: 'Kokar en liter på under tre minuter.\nLocket sluter tätt.',
        date: '2024-05-17',
        language: 'sv',
        provenance: 'verified-purchase',
        photos: [{ url: 'https://cdn.shop.example/u/r1.jpg', alt: 'Kettle on a kitchen counter' }],
        pros: ['Quiet', 'Fast'],
        cons: ['Short cord'],
        reply: { body: 'Tack, Anna!', author: 'Hervor support', date: '2024-05-18T09:30:00Z' },
        helpful: { up: 4, down: 1 },
      },
      {
        id: 'r2',
        author: 'Jan de Vries',
        rating: 3.5,
        date: '2024-06-01T12:00:00+02:00',
        provenance: 'invited',
      },
    ],
    total: 312,
    next: '/api/reviews?page=2',
  };
}

/** The model `sampleFeed()` must parse to (with `BASE` as base URL). */
function expectedModel() {
  const scale = { best: 5, worst: 1 };
  return {
    product: {
      id: 'https://shop.example/p/kettle#product',
      name: 'Electric kettle 1.7 l',
      description: 'Stainless steel, 2200 W.',
      sku: 'KT-17-SS',
      gtin: '4006381333931',
      mpn: 'KT17',
      brand: 'Hervor',
      image: ['https://cdn.shop.example/kettle.jpg', 'https://shop.example/img/kettle-side.jpg'],
      url: 'https://shop.example/p/kettle',
      offers: [
        {
          price: '49.90',
          priceCurrency: 'EUR',
          availability: 'InStock',
          itemCondition: 'NewCondition',
          url: 'https://shop.example/p/kettle?buy',
          priceValidUntil: { iso: '2027-01-31', time: Date.UTC(2027, 0, 31), dateOnly: true },
        },
      ],
    },
    scale,
    aggregate: { ratingValue: 4.4, reviewCount: 312, ratingCount: 330, scale, distribution: [20, 12, 20, 60, 218] },
    disclosure: {
      verification: 'verified-buyers-only',
      description: 'Only customers with a delivered order can review.',
      moderation: 'We remove spam and personal data only.',
      policyUrl: 'https://shop.example/review-policy',
    },
    reviews: [
      {
        id: 'r1',
        author: { name: 'Anna Svensson', display: 'first-initial', type: 'person' },
        rating: 5,
        title: 'Snabb och tyst',
        body: 'Kokar en liter på under tre minuter.\nLocket sluter tätt.',
        date: { iso: '2024-05-17', time: Date.UTC(2024, 4, 17), dateOnly: true },
        language: 'sv',
        provenance: 'verified-purchase',
        photos: [{ url: 'https://cdn.shop.example/u/r1.jpg', alt: 'Kettle on a kitchen counter' }],
        pros: ['Quiet', 'Fast'],
        cons: ['Short cord'],
        reply: {
          body: 'Tack, Anna!',
          author: 'Hervor support',
          date: { iso: '2024-05-18T09:30:00Z', time: Date.UTC(2024, 4, 18, 9, 30), dateOnly: false },
        },
        helpful: { up: 4, down: 1 },
      },
      {
        id: 'r2',
        author: { name: 'Jan de Vries', display: 'full', type: 'person' },
        rating: 3.5,
        date: { iso: '2024-06-01T12:00:00+02:00', time: Date.UTC(2024, 5, 1, 10), dateOnly: false },
        provenance: 'invited',
        photos: [],
        pros: [],
        cons: [],
        helpful: { up: 0, down: 0 },
      },
    ],
    total: 312,
    next: 'https://shop.example/api/reviews?page=2',
  };
}

/** A minimal valid review. */
function review(extra = {}) {
  return { id: 'a', author: 'Ann', rating: 4, date: '2024-01-02', provenance: 'organic', ...extra };
}

/** Parses a one-review feed. */
function one(extra, options = { baseUrl: BASE }) {
  return parseReviewFeed({ version: 1, reviews: [review(extra)] }, options);
}

/** Parses `sampleFeed()` after `change` edited it. */
function sampleWith(change, options = { baseUrl: BASE }) {
  const feed = sampleFeed();
  change(feed);
  return parseReviewFeed(feed, options);
}

function paths(result, severity) {
  return result.problems.filter((p) => !severity || p.severity === severity).map((p) => p.path);
}

/** Asserts there is a problem at `path` with `severity`. */
function hasProblem(result, path, severity = 'error') {
  assert.ok(
    result.problems.some((p) => p.path === path && p.severity === severity),
    `expected a${severity === 'error' ? 'n' : ''} ${severity} at ${path}, got ${JSON.stringify(result.problems)}`,
  );
}

const daysFromNow = (days) => new Date(Date.now() + days * DAY).toISOString();

// ------------------------------------------------------------------ valid feed

describe('a valid feed', () => {
  test('parses to the expected model with no problems', () => {
    const result = parseReviewFeed(sampleFeed(), { baseUrl: BASE });
    assert.deepStrictEqual(result.problems, []);
    assert.deepStrictEqual(result.value, expectedModel());
  });

  test('leaves the input untouched and reads only own properties', () => {
    const feed = sampleFeed();
    const before = structuredClone(feed);
    parseReviewFeed(feed, { baseUrl: BASE });
    assert.deepStrictEqual(feed, before);

    const writes = [];
    const watch = (value) => {
      if (typeof value !== 'object' || value === null) return value;
      return new Proxy(value, {
        get: (t, k, r) => watch(Reflect.get(t, k, r)),
        set: (t, k) => (writes.push(`set ${String(k)}`), true),
        defineProperty: (t, k) => (writes.push(`define ${String(k)}`), true),
        deleteProperty: (t, k) => (writes.push(`delete ${String(k)}`), true),
        setPrototypeOf: () => (writes.push('setPrototypeOf'), true),
        preventExtensions: () => (writes.push('preventExtensions'), true),
      });
    };
    const watched = parseReviewFeed(watch(sampleFeed()), { baseUrl: BASE });
    assert.deepStrictEqual(writes, []);
    assert.deepStrictEqual(watched.value, expectedModel());
  });

  test('ignores inherited values, even verified provenance planted on Object.prototype', () => {
    const planted = { provenance: 'verified-purchase', rating: 5, id: 'x', version: 1, title: 'planted' };
    for (const [k, v] of Object.entries(planted)) Object.defineProperty(Object.prototype, k, { value: v, configurable: true, writable: true });
    try {
      const result = parseReviewFeed({ reviews: [{ author: 'A', date: '2024-01-01' }] });
      assert.deepStrictEqual(result.value.reviews, []);
      hasProblem(result, 'version', 'warning');
      hasProblem(result, 'reviews[0].id');
      hasProblem(result, 'reviews[0].rating');
      hasProblem(result, 'reviews[0].provenance', 'warning');
      const kept = parseReviewFeed(Object.assign(Object.create(null), { version: 1, reviews: [{ ...review(), provenance: undefined }] }));
      assert.ok(!Object.hasOwn(kept.value.reviews[0], 'provenance'));
      assert.ok(!Object.hasOwn(kept.value.reviews[0], 'title'));
    } finally {
      for (const k of Object.keys(planted)) delete Object.prototype[k];
    }
  });

  test('keeps reviews in source order and accepts an empty list', () => {
    const ids = ['z', 'a', 'm', 'b'];
    const result = parseReviewFeed({ version: 1, reviews: ids.map((id) => review({ id })) });
    assert.deepStrictEqual(result.value.reviews.map((r) => r.id), ids);
    assert.deepStrictEqual(parseReviewFeed({ version: 1, reviews: [] }), {
      value: { scale: { best: 5, worst: 1 }, reviews: [] },
      problems: [],
    });
  });
});

// ------------------------------------------------------------------ feed level

describe('feed-level fields', () => {
  test('a feed that is not an object gives one problem at "feed"', () => {
    for (const input of [undefined, null, 42, 'feed', true, [], [sampleFeed()], () => {}, Symbol('x'), 10n]) {
      const result = parseReviewFeed(input);
      assert.deepStrictEqual(result.value, { scale: { best: 5, worst: 1 }, reviews: [] });
      assert.deepStrictEqual(paths(result), ['feed']);
    }
  });

  test('version: missing is a warning, another value an error', () => {
    hasProblem(sampleWith((f) => delete f.version), 'version', 'warning');
    for (const v of [2, '1', 0]) hasProblem(sampleWith((f) => (f.version = v)), 'version');
  });

  test('reviews: missing or not a list is an error', () => {
    for (const v of [undefined, {}, 'r1', 3]) {
      const result = sampleWith((f) => (f.reviews = v));
      hasProblem(result, 'reviews');
      assert.deepStrictEqual(result.value.reviews, []);
    }
  });

  test('total must be whole and at least the number of reviews', () => {
    for (const v of [1, -1, 2.5, 'many', Infinity]) {
      const result = sampleWith((f) => (f.total = v));
      hasProblem(result, 'total');
      assert.equal(result.value.total, undefined);
    }
    assert.equal(sampleWith((f) => (f.total = 2)).value.total, 2);
  });

  test('next goes through the URL rule', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://user:pw@shop.example/x', 'ftp://x/']) {
      const result = sampleWith((f) => (f.next = bad));
      hasProblem(result, 'next', 'warning');
      assert.equal(result.value.next, undefined);
    }
    hasProblem(sampleWith((f) => (f.next = 7)), 'next');
    const noBase = sampleWith((f) => (f.next = '?page=2'), {});
    hasProblem(noBase, 'next', 'warning');
  });

  test('next stays on the origin of the feed it came from', () => {
    const other = sampleWith((f) => (f.next = 'https://tracker.example/collect?page=2'));
    hasProblem(other, 'next');
    assert.match(other.problems.find((p) => p.path === 'next').expected, /feed's own origin \(https:\/\/shop\.example\)/);
    assert.equal(other.value.next, undefined);
    assert.equal(sampleWith((f) => (f.next = 'http://shop.example/api?page=2')).value.next, undefined, 'another scheme is another origin');
    assert.equal(sampleWith((f) => (f.next = '/api/reviews?page=2')).value.next, 'https://shop.example/api/reviews?page=2');
  });

  test('a later page is read on the first page\'s scale, and one that states another is refused', () => {
    const page = (extra) => ({ version: 1, reviews: [review({ rating: 8 })], ...extra });
    const continued = parseReviewFeed(page({}), { baseUrl: BASE, scale: { best: 10, worst: 1 } });
    assert.deepStrictEqual(continued.value.scale, { best: 10, worst: 1 });
    assert.equal(continued.value.reviews[0].rating, 8);
    const other = parseReviewFeed(page({ scale: { best: 5, worst: 1 } }), { baseUrl: BASE, scale: { best: 10, worst: 1 } });
    hasProblem(other, 'scale');
    assert.deepStrictEqual(other.value.reviews, []);
    const same = parseReviewFeed(page({ scale: { best: 10, worst: 1 } }), { baseUrl: BASE, scale: { best: 10, worst: 1 } });
    assert.equal(same.value.reviews.length, 1);
  });

  test('maxReviews bounds the reviews read, with one problem', () => {
    const reviews = ['a', 'b', 'c', 'd'].map((id) => review({ id }));
    const result = parseReviewFeed({ version: 1, reviews }, { maxReviews: 2 });
    assert.deepStrictEqual(result.value.reviews.map((r) => r.id), ['a', 'b']);
    assert.deepStrictEqual(result.problems.map((p) => [p.path, p.severity]), [['reviews', 'error']]);
    // Invalid option values fall back to the default.
    assert.equal(parseReviewFeed({ version: 1, reviews }, { maxReviews: -1 }).value.reviews.length, 4);
    assert.equal(parseReviewFeed({ version: 1, reviews }, { maxReviews: 'x' }).value.reviews.length, 4);
  });

  test('a sparse list of a million entries stops at the default bound', () => {
    const reviews = new Array(1_000_000);
    reviews[0] = review();
    const result = parseReviewFeed({ version: 1, reviews });
    assert.equal(result.value.reviews.length, 1);
    assert.equal(result.problems.length, FEED_LIMITS.maxReviews); // 9,999 holes + one "at most" problem
    hasProblem(result, 'reviews');
  });
});

// ------------------------------------------------------------------ scale

describe('scale', () => {
  test('defaults to 1..5 and accepts other whole scales', () => {
    const ten = parseReviewFeed({ version: 1, scale: { best: 10 }, reviews: [review({ rating: 8 })] });
    assert.deepStrictEqual(ten.problems, []);
    assert.deepStrictEqual(ten.value.scale, { best: 10, worst: 1 });
    assert.equal(ten.value.reviews[0].rating, 8);
    const zero = parseReviewFeed({ version: 1, scale: { best: 10, worst: 0 }, reviews: [review({ rating: 0 })] });
    assert.equal(zero.value.reviews[0].rating, 0);
  });

  test('an invalid scale leaves out reviews and aggregate rather than guessing', () => {
    const cases = [
      [{ best: 5, worst: 5 }, 'scale.best'],
      [{ best: 3, worst: 4 }, 'scale.best'],
      [{ best: 4.5 }, 'scale.best'],
      [{ best: 101 }, 'scale.best'],
      [{ worst: -1 }, 'scale.worst'],
      [{ best: '5', worst: 'one' }, 'scale.worst'],
      ['1-5', 'scale'],
      [[1, 5], 'scale'],
    ];
    for (const [scale, path] of cases) {
      const result = sampleWith((f) => (f.scale = scale));
      hasProblem(result, path);
      hasProblem(result, 'reviews');
      hasProblem(result, 'aggregate');
      assert.deepStrictEqual(result.value.reviews, []);
      assert.equal(result.value.aggregate, undefined);
      assert.deepStrictEqual(result.value.scale, { best: 5, worst: 1 });
      assert.ok(result.value.product, 'the product is still read');
    }
  });
});

// ------------------------------------------------------------------ reviews, field by field

/** Asserts that the one-review feed built from `extra` leaves the review out with an error at `path`. */
function rejects(extra, path, options) {
  const result = one(extra, options);
  assert.deepStrictEqual(result.value.reviews, [], `review should be left out for ${JSON.stringify(extra)}`);
  hasProblem(result, path);
  return result;
}

/** Asserts the review is kept with an error or warning at `path`; returns the review. */
function keeps(extra, path, severity = 'error', options) {
  const result = one(extra, options);
  assert.equal(result.value.reviews.length, 1, `review should be kept for ${JSON.stringify(extra)}: ${JSON.stringify(result.problems)}`);
  if (path) hasProblem(result, path, severity);
  return result.value.reviews[0];
}

describe('review fields', () => {
  test('a review that is not an object is left out with its index', () => {
    const result = parseReviewFeed({ version: 1, reviews: [review({ id: 'ok1' }), null, 'r', 5, [], review({ id: 'ok2' })] });
    assert.deepStrictEqual(result.value.reviews.map((r) => r.id), ['ok1', 'ok2']);
    assert.deepStrictEqual(paths(result), ['reviews[1]', 'reviews[2]', 'reviews[3]', 'reviews[4]']);
  });

  test('rating: inside the scale in whole or half steps; rejected, never clamped', () => {
    for (const bad of [6, 0, 0.5, 5.5, -1, 4.3, 4.25, NaN, Infinity, 'abc', '', true, null, undefined, [5], { value: 5 }, '4,5']) {
      rejects({ rating: bad }, 'reviews[0].rating');
    }
    for (const good of [1, 1.5, 3, 4.5, 5]) assert.equal(keeps({ rating: good }).rating, good);
    const quoted = one({ rating: '4.5' });
    assert.equal(quoted.value.reviews[0].rating, 4.5);
    hasProblem(quoted, 'reviews[0].rating', 'warning');
  });

  test('id: required non-empty text; a whole number is read as text with a warning', () => {
    for (const bad of [undefined, null, '', '   ', {}, 1.5, 'x'.repeat(201)]) rejects({ id: bad }, 'reviews[0].id');
    assert.equal(keeps({ id: 'x'.repeat(200) }).id, 'x'.repeat(200));
    assert.equal(keeps({ id: 42 }, 'reviews[0].id', 'warning').id, '42');
  });

  test('duplicate ids are made unique by suffixing, with a warning', () => {
    const result = parseReviewFeed({
      version: 1,
      reviews: [review({ id: 'r1' }), review({ id: 'r1' }), review({ id: 'r1~2' }), review({ id: 'r1' }), review({ id: 7 }), review({ id: '7' })],
    });
    const ids = result.value.reviews.map((r) => r.id);
    assert.deepStrictEqual(ids, ['r1', 'r1~2', 'r1~2~2', 'r1~3', '7', '7~2']);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepStrictEqual(paths(result, 'warning'), ['reviews[1].id', 'reviews[2].id', 'reviews[3].id', 'reviews[4].id', 'reviews[5].id']);
  });

  test('author: a string or an object with a name; display and type default to full and person', () => {
    assert.deepStrictEqual(keeps({ author: 'Ann' }).author, { name: 'Ann', display: 'full', type: 'person' });
    assert.deepStrictEqual(keeps({ author: { name: 'Ann Lee' } }).author, { name: 'Ann Lee', display: 'full', type: 'person' });
    assert.deepStrictEqual(keeps({ author: { name: 'Acme', type: 'organization', display: 'anonymous' } }).author, {
      name: 'Acme',
      display: 'anonymous',
      type: 'organization',
    });
    for (const bad of [undefined, null, '', '  ', 5, ['Ann'], 'x'.repeat(201)]) rejects({ author: bad }, 'reviews[0].author');
    for (const bad of [{}, { name: '' }, { name: 5 }, { name: 'x'.repeat(201) }, { display: 'full' }]) {
      rejects({ author: bad }, 'reviews[0].author.name');
    }
    assert.equal(keeps({ author: 'x'.repeat(200) }).author.name.length, 200);
  });

  test('author: an unknown display hides the name (anonymous), an unknown type falls back to person', () => {
    for (const bad of ['initials', 'FULL', 1, true]) {
      assert.equal(keeps({ author: { name: 'Ann Lee', display: bad } }, 'reviews[0].author.display').author.display, 'anonymous');
    }
    assert.equal(keeps({ author: { name: 'Ann', type: 'robot' } }, 'reviews[0].author.type').author.type, 'person');
  });

  test('date: required ISO 8601, at most one day in the future', () => {
    for (const bad of [undefined, null, '', '2024-02-30', '17.05.2024', '2024-5-17', 20240517, '2024-05-17T25:00', '0999-01-01', '0999-01-01T00:00', '0050-01-01T00:00Z', 'yesterday', {}]) {
      rejects({ date: bad }, 'reviews[0].date');
    }
    const future = rejects({ date: daysFromNow(3) }, 'reviews[0].date');
    assert.match(future.problems[0].expected, /future/);
    rejects({ date: '2999-01-01' }, 'reviews[0].date');
    assert.equal(keeps({ date: daysFromNow(0.5) }).date.dateOnly, false);
    assert.deepStrictEqual(keeps({ date: '2024-02-29' }).date, { iso: '2024-02-29', time: Date.UTC(2024, 1, 29), dateOnly: true });
  });

  test('title and body: limits, blank counts as not given', () => {
    rejects({ title: 'x'.repeat(301) }, 'reviews[0].title');
    rejects({ title: 5 }, 'reviews[0].title');
    rejects({ body: 'x'.repeat(20_001) }, 'reviews[0].body');
    rejects({ body: ['text'] }, 'reviews[0].body');
    assert.equal(keeps({ title: 'x'.repeat(300) }).title.length, 300);
    assert.equal(keeps({ body: 'x'.repeat(20_000) }).body.length, 20_000);
    const blank = keeps({ title: '', body: ' \n ' });
    assert.ok(!('title' in blank) && !('body' in blank));
    assert.deepStrictEqual(one({ title: null, body: null }).problems, []);
  });

  test('pros and cons: up to 20 items of up to 500 characters', () => {
    for (const key of ['pros', 'cons']) {
      rejects({ [key]: Array.from({ length: 21 }, () => 'x') }, `reviews[0].${key}`);
      rejects({ [key]: ['ok', 'x'.repeat(501)] }, `reviews[0].${key}[1]`);
      rejects({ [key]: ['ok', 3] }, `reviews[0].${key}[1]`);
      rejects({ [key]: ['ok', null] }, `reviews[0].${key}[1]`);
      rejects({ [key]: 'Quiet' }, `reviews[0].${key}`);
      const kept = keeps({ [key]: [...Array.from({ length: 19 }, (_, i) => `p${i}`), 'x'.repeat(500)] });
      assert.equal(kept[key].length, 20);
      assert.deepStrictEqual(keeps({ [key]: ['a', '', '  ', 'b'] })[key], ['a', 'b']);
    }
  });

  test('language: a valid BCP 47 tag in canonical form, otherwise dropped', () => {
    assert.equal(keeps({ language: 'EN-gb' }).language, 'en-GB');
    assert.equal(keeps({ language: 'zh-hant-tw' }).language, 'zh-Hant-TW');
    assert.equal(keeps({ language: 'sv' }).language, 'sv');
    // Well-formed tags are accepted without a registry check ('english' is well-formed).
    assert.equal(keeps({ language: 'english' }).language, 'english');
    for (const bad of ['', 'e', 'en-', 'en_GB', 'not a tag', '12', 5, 'en,sv', 'x'.repeat(36)]) {
      assert.equal(keeps({ language: bad }, 'reviews[0].language').language, undefined);
    }
  });

  test('provenance: missing is a warning (source not stated), unknown an error; never guessed', () => {
    const missing = one({ provenance: undefined });
    assert.equal(missing.value.reviews[0].provenance, undefined);
    assert.ok(!('provenance' in missing.value.reviews[0]));
    assert.deepStrictEqual(missing.problems.map((p) => [p.path, p.severity]), [['reviews[0].provenance', 'warning']]);
    for (const bad of ['verified', 'Verified-Purchase', 'verified-purchase ', true, 1, ['verified-purchase'], 'web']) {
      assert.equal(keeps({ provenance: bad }, 'reviews[0].provenance').provenance, undefined);
    }
    for (const p of model.PROVENANCES) assert.equal(keeps({ provenance: p }).provenance, p);
  });

  test('photos: URL rule with image hosts; bad photos left out with a warning naming the url', () => {
    const hosts = { baseUrl: BASE, imageHosts: ['cdn.shop.example', '*.imgix.net'] };
    const photos = [
      { url: 'https://cdn.shop.example/a.jpg', alt: 'A' },
      { url: 'javascript:alert(1)', alt: 'x' },
      { url: 'data:image/png;base64,AAAA', alt: 'x' },
      { url: '//evil.example/p.png', alt: 'x' },
      { url: '\\\\evil.example\\p.png', alt: 'x' },
      { url: 'https://user:pw@cdn.shop.example/p.png', alt: 'x' },
      { url: 'https://evil.example/p.png', alt: 'x' },
      { url: 'https://shop.imgix.net/b.jpg', alt: 'B' },
      { url: 'http://cdn.shop.example/c.jpg', alt: 'C' },
    ];
    const result = one({ photos }, hosts);
    assert.deepStrictEqual(result.value.reviews[0].photos, [
      { url: 'https://cdn.shop.example/a.jpg', alt: 'A' },
      { url: 'https://shop.imgix.net/b.jpg', alt: 'B' },
      { url: 'http://cdn.shop.example/c.jpg', alt: 'C' },
    ]);
    assert.deepStrictEqual(paths(result, 'warning'), [1, 2, 3, 4, 5, 6].map((i) => `reviews[0].photos[${i}].url`));
    assert.deepStrictEqual(paths(result, 'error'), []);
  });

  test('photos: relative URLs need a base; alt text required (missing alt is a warning)', () => {
    assert.equal(keeps({ photos: [{ url: '/u/a.jpg', alt: 'A' }] }).photos[0].url, 'https://shop.example/u/a.jpg');
    assert.deepStrictEqual(keeps({ photos: [{ url: '/u/a.jpg', alt: 'A' }] }, 'reviews[0].photos[0].url', 'warning', {}).photos, []);
    // Without an image-host list any http(s) host is allowed, protocol-relative ones included.
    assert.equal(keeps({ photos: [{ url: '//img.example/p.png', alt: 'P' }] }).photos[0].url, 'https://img.example/p.png');
    assert.deepStrictEqual(keeps({ photos: [{ url: '/a.jpg' }] }, 'reviews[0].photos[0].alt', 'warning').photos, [
      { url: 'https://shop.example/a.jpg', alt: '' },
    ]);
    assert.equal(keeps({ photos: [{ url: '/a.jpg', alt: 5 }] }, 'reviews[0].photos[0].alt').photos[0].alt, '');
    assert.deepStrictEqual(keeps({ photos: ['/a.jpg'] }, 'reviews[0].photos[0]').photos, []);
    assert.deepStrictEqual(keeps({ photos: [{ alt: 'x' }] }, 'reviews[0].photos[0].url').photos, []);
    assert.deepStrictEqual(keeps({ photos: [{ url: 5, alt: 'x' }] }, 'reviews[0].photos[0].url').photos, []);
    assert.deepStrictEqual(keeps({ photos: 'a.jpg' }, 'reviews[0].photos').photos, []);
    const many = keeps({ photos: Array.from({ length: 25 }, (_, i) => ({ url: `/p${i}.jpg`, alt: `${i}` })) }, 'reviews[0].photos');
    assert.equal(many.photos.length, FEED_LIMITS.photos);
  });

  test('reply: needs a body; bad parts are dropped, the review kept', () => {
    assert.equal(keeps({ reply: {} }, 'reviews[0].reply.body').reply, undefined);
    assert.equal(keeps({ reply: { body: '  ' } }, 'reviews[0].reply.body').reply, undefined);
    assert.equal(keeps({ reply: 'Thanks' }, 'reviews[0].reply').reply, undefined);
    assert.deepStrictEqual(keeps({ reply: { body: 'Thanks', author: 5 } }, 'reviews[0].reply.author').reply, { body: 'Thanks' });
    assert.deepStrictEqual(keeps({ reply: { body: 'Thanks', date: 'soon' } }, 'reviews[0].reply.date').reply, { body: 'Thanks' });
    assert.deepStrictEqual(keeps({ reply: { body: 'Thanks', date: daysFromNow(5) } }, 'reviews[0].reply.date').reply, { body: 'Thanks' });
  });

  test('helpful: whole counts of 0 or more, default 0', () => {
    assert.deepStrictEqual(keeps({}).helpful, { up: 0, down: 0 });
    assert.deepStrictEqual(keeps({ helpful: { up: 3 } }).helpful, { up: 3, down: 0 });
    assert.deepStrictEqual(keeps({ helpful: { up: -1, down: 2 } }, 'reviews[0].helpful.up').helpful, { up: 0, down: 2 });
    assert.deepStrictEqual(keeps({ helpful: { up: 1, down: 1.5 } }, 'reviews[0].helpful.down').helpful, { up: 1, down: 0 });
    assert.deepStrictEqual(keeps({ helpful: 7 }, 'reviews[0].helpful').helpful, { up: 0, down: 0 });
  });

  test('every problem of one review is reported, not just the first', () => {
    const result = one({ id: '', author: '', rating: 9, date: 'x', title: 3 });
    assert.deepStrictEqual(paths(result), ['reviews[0].id', 'reviews[0].author', 'reviews[0].rating', 'reviews[0].title', 'reviews[0].date']);
  });
});

// ------------------------------------------------------------------ hostile text and keys

describe('hostile content', () => {
  test('text is kept exactly (G3): markup, entities, bidi controls, right-to-left and astral text', () => {
    const texts = {
      title: '<script>alert(1)</script>',
      body: '&lt;b&gt; &amp; <img src=x onerror=alert(1)> \u202Eevil\u202C  two  spaces\r\n\u0000end',
      pros: ['مرحبا بالعالم', 'שלום \u2067isolated\u2069', '😀👍🏽 e\u0301'],
      cons: ['</script><!--<script>', '{{constructor.constructor("alert(1)")()}}'],
    };
    const r = keeps({ ...texts, author: '  <b>Mallory</b>  ' });
    assert.equal(r.title, texts.title);
    assert.equal(r.body, texts.body);
    assert.deepStrictEqual(r.pros, texts.pros);
    assert.deepStrictEqual(r.cons, texts.cons);
    assert.equal(r.author.name, '  <b>Mallory</b>  ');
  });

  test('very long text: kept up to the limit, rejected beyond it', () => {
    const long = 'ش'.repeat(20_000);
    assert.equal(keeps({ body: long }).body, long);
    rejects({ body: `${long}x` }, 'reviews[0].body');
  });

  test('__proto__ and constructor keys in JSON neither pollute nor leak into the model', () => {
    const json = `{"version":1,"__proto__":{"polluted":1},"reviews":[{"__proto__":{"provenance":"verified-purchase","polluted":1},
      "id":"p","author":{"__proto__":{"display":"full"},"name":"Eve","display":"anonymous"},"rating":5,"date":"2024-01-01",
      "constructor":{"prototype":{"polluted":1}}}],
      "aggregate":{"rating":5,"reviewCount":1,"distribution":{"__proto__":1,"5":1}}}`;
    const result = parseReviewFeed(JSON.parse(json));
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.polluted, undefined);
    const r = result.value.reviews[0];
    assert.equal(r.provenance, undefined);
    assert.equal(r.author.display, 'anonymous');
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.ok(!Object.hasOwn(r, '__proto__') && !Object.hasOwn(r, 'constructor'));
    hasProblem(result, 'reviews[0].provenance', 'warning');
    hasProblem(result, 'aggregate.distribution.__proto__');
    assert.equal(result.value.aggregate.distribution, undefined);
  });

  test('a hostile distribution key appears escaped and truncated in the path', () => {
    const key = '</script><img src=x>'.repeat(10);
    const result = sampleWith((f) => (f.aggregate.distribution = { [key]: 1 }));
    const problem = result.problems.find((p) => p.path.startsWith('aggregate.distribution['));
    assert.ok(problem);
    assert.ok(problem.path.length < 60, problem.path);
  });
});

// ------------------------------------------------------------------ robustness

/** Values that throw in every way a reader can touch them. */
function hostileValues() {
  const throwing = new Proxy({}, {
    get() { throw new Error('get'); },
    has() { throw new Error('has'); },
    ownKeys() { throw new Error('ownKeys'); },
    getOwnPropertyDescriptor() { throw new Error('gopd'); },
    getPrototypeOf() { throw new Error('proto'); },
  });
  const throwingList = new Proxy([review()], { get() { throw new Error('get'); } });
  const weirdLength = new Proxy([review()], { get: (t, k) => (k === 'length' ? 'many' : t[k]) });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const getters = {};
  for (const key of ['id', 'author', 'rating', 'date', 'title', 'photos', 'reviews', 'product', 'aggregate', 'disclosure', 'scale', 'total', 'next', 'version']) {
    Object.defineProperty(getters, key, { enumerable: true, get() { throw new Error(key); } });
  }
  const throwingIndex = [review()];
  Object.defineProperty(throwingIndex, 1, { enumerable: true, get() { throw new Error('index'); } });
  return [throwing, throwingList, weirdLength, revoked, getters, throwingIndex];
}

describe('never throws', () => {
  test('hostile proxies and getters in every position', () => {
    const positions = [
      (v) => v,
      (v) => ({ version: 1, reviews: v }),
      (v) => ({ version: 1, reviews: [v, review({ id: 'survivor' })] }),
      (v) => ({ version: 1, scale: v, reviews: [] }),
      (v) => ({ version: 1, product: v, reviews: [] }),
      (v) => ({ version: 1, product: { name: 'P', offers: v, image: v }, reviews: [] }),
      (v) => ({ version: 1, product: { name: 'P', offers: [v] }, reviews: [] }),
      (v) => ({ version: 1, aggregate: v, reviews: [] }),
      (v) => ({ version: 1, aggregate: { rating: 4, reviewCount: 1, distribution: v }, reviews: [] }),
      (v) => ({ version: 1, disclosure: v, reviews: [] }),
      (v) => ({ version: 1, reviews: [review({ author: v, photos: v, pros: v, reply: v, helpful: v })] }),
      (v) => ({ version: 1, reviews: [review({ photos: [v], pros: [v], author: { name: v } })] }),
    ];
    for (const value of hostileValues()) {
      for (const place of positions) {
        const result = parseReviewFeed(place(value), { baseUrl: BASE });
        assert.ok(Array.isArray(result.value.reviews));
        assert.ok(Array.isArray(result.problems));
        for (const p of result.problems) assert.equal(typeof p.received, 'string');
      }
    }
    // A revoked proxy cannot even be inspected: one problem for the entry.
    const [throwing, , , revoked] = hostileValues();
    const survivor = parseReviewFeed({ version: 1, reviews: [revoked, review({ id: 'survivor' })] });
    assert.deepStrictEqual(survivor.value.reviews.map((r) => r.id), ['survivor']);
    assert.deepStrictEqual(paths(survivor), ['reviews[0]']);
    // A proxy whose every property read throws: every field it holds is reported as unreadable, none read as absent.
    const empty = parseReviewFeed({ version: 1, reviews: [throwing, review({ id: 'survivor' })] });
    assert.deepStrictEqual(empty.value.reviews.map((r) => r.id), ['survivor']);
    assert.deepStrictEqual(paths(empty), ['id', 'author', 'rating', 'title', 'body', 'date', 'pros', 'cons', 'language', 'provenance', 'photos', 'reply', 'helpful'].map((f) => `reviews[0].${f}`));
    assert.ok(empty.problems.every((p) => p.received === 'a value that could not be read'));
  });

  test('a field whose getter throws is reported, never read as absent: a hidden author name stays hidden', () => {
    const trap = (record, key) => Object.defineProperty(record, key, { enumerable: true, get: () => { throw new Error('trap'); } });
    const hidden = parseReviewFeed({ version: 1, reviews: [review({ author: trap({ name: 'Secret Person' }, 'display') })] });
    assert.equal(hidden.value.reviews[0].author.display, 'anonymous');
    assert.deepStrictEqual(paths(hidden), ['reviews[0].author.display']);
    // An unreadable text is a broken review, not a review without text: it is left out, like any invalid one.
    const broken = parseReviewFeed({ version: 1, reviews: [trap(review(), 'body'), review({ id: 'b' })] });
    assert.deepStrictEqual(broken.value.reviews.map((r) => r.id), ['b']);
    assert.deepStrictEqual(paths(broken), ['reviews[0].body']);
  });

  test('hostile options never throw', () => {
    for (const options of [null, 5, 'x', { baseUrl: 5, imageHosts: 'cdn', maxReviews: NaN }, { imageHosts: [5, null, 'cdn.shop.example'] }, ...hostileValues()]) {
      const result = parseReviewFeed(sampleFeed(), options);
      assert.ok(result.value.reviews.length > 0);
    }
    // An image-host list that is not a list of host names allows no image host (fails closed).
    for (const imageHosts of ['cdn.shop.example', 5, {}, hostileValues()[3]]) {
      const result = parseReviewFeed(sampleFeed(), { baseUrl: BASE, imageHosts });
      assert.deepStrictEqual(result.value.reviews[0].photos, []);
      assert.deepStrictEqual(result.value.product.image, []);
    }
  });

  test('random fuzz: nothing throws and every kept value fits the model', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const keys = ['id', 'author', 'rating', 'date', 'title', 'body', 'language', 'provenance', 'photos', 'pros', 'cons', 'reply', 'helpful',
      'name', 'display', 'type', 'url', 'alt', 'up', 'down', 'best', 'worst', '__proto__', 'constructor', 'toString', 'length', '0'];
    const hostile = hostileValues();
    const atom = () => pick([null, undefined, 0, -1, 1, 4.5, 5, 7, NaN, Infinity, -0, 1e308, '', ' ', '5', 'verified-purchase', '2024-01-01',
      'javascript:alert(1)', '//evil.example', '<script>', 'x'.repeat(600), true, false, 10n, Symbol('s'), () => 1, ...hostile]);
    const fill = (obj, depth) => {
      for (let i = Math.floor(random() * 6); i > 0; i--) {
        Object.defineProperty(obj, pick(keys), { value: value(depth + 1), enumerable: true, configurable: true });
      }
      return obj;
    };
    const value = (depth) => {
      const r = random();
      if (depth > 3 || r < 0.4) return atom();
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return fill({}, depth);
    };
    let kept = 0;
    for (let i = 0; i < 3_000; i++) {
      const feed = { version: 1, scale: random() < 0.2 ? value(2) : undefined, reviews: Array.from({ length: 3 }, () => (random() < 0.5 ? fill(review(), 1) : value(1))), product: value(1), aggregate: value(1) };
      const { value: parsed } = parseReviewFeed(random() < 0.1 ? value(0) : feed, { baseUrl: BASE });
      kept += parsed.reviews.length;
      for (const r of parsed.reviews) {
        assert.equal(typeof r.id, 'string');
        assert.ok(r.rating >= parsed.scale.worst && r.rating <= parsed.scale.best);
        assert.ok(model.AUTHOR_DISPLAYS.includes(r.author.display));
        assert.ok(r.provenance === undefined || model.PROVENANCES.includes(r.provenance));
        assert.ok(Number.isFinite(r.date.time));
      }
    }
    assert.ok(kept > 100, `the fuzz kept ${kept} reviews, so valid ones do get through`);
    assert.equal({}.polluted, undefined);
  });
});

// ------------------------------------------------------------------ size

/** A realistic review for size tests. */
export function bigReview(i) {
  return {
    id: `r${i}`,
    author: i % 7 === 0 ? { name: `Reviewer ${i} Example`, display: 'first-initial' } : `Reviewer ${i}`,
    rating: 1 + (i % 9) / 2,
    title: `Review number ${i}: solid kettle`,
    body: `Bought it in spring. Boils fast, the lid closes well, and the handle stays cool. Review ${i}. `.repeat(3),
    date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    language: ['en', 'sv', 'nl', 'ru', 'pl'][i % 5],
    provenance: model.PROVENANCES[i % model.PROVENANCES.length],
    photos: i % 10 === 0 ? [{ url: `https://cdn.shop.example/u/${i}.jpg`, alt: `Photo ${i}` }] : [],
    pros: ['Fast', 'Quiet'],
    cons: i % 3 === 0 ? ['Short cord'] : [],
    helpful: { up: i % 13, down: i % 4 },
  };
}

describe('size', () => {
  test('10,000 valid reviews parse quickly (timing printed, not asserted)', () => {
    const feed = JSON.parse(JSON.stringify({ version: 1, reviews: Array.from({ length: 10_000 }, (_, i) => bigReview(i)) }));
    const options = { baseUrl: BASE, imageHosts: ['cdn.shop.example'] };
    parseReviewFeed(feed, options); // warm-up
    const runs = [];
    let result;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      result = parseReviewFeed(feed, options);
      runs.push(performance.now() - start);
    }
    assert.equal(result.value.reviews.length, 10_000);
    assert.deepStrictEqual(result.problems, []);
    console.log(`parseReviewFeed, 10,000 reviews: ${runs.map((t) => t.toFixed(1)).join(' / ')} ms (5 runs after a warm-up)`);
    const fresh = JSON.parse(JSON.stringify({ version: 1, reviews: Array.from({ length: 10_000 }, (_, i) => bigReview(i + 1e6)) }));
    const start = performance.now();
    parseReviewFeed(fresh, options);
    console.log(`parseReviewFeed, 10,000 other reviews (warm code): ${(performance.now() - start).toFixed(1)} ms`);
  });

  test('10,000 reviews parsed by a fresh process (cold code; timing printed, not asserted)', () => {
    const script = `
      const { parseReviewFeed } = await import(${JSON.stringify(pathToFileURL(resolve(process.env.TRUST_SIGNALS_DIST ?? 'dist', 'core/feed.js')).href)});
      const reviews = Array.from({ length: 10000 }, (_, i) => ({ id: 'r' + i, author: 'Reviewer ' + i, rating: 1 + (i % 9) / 2,
        title: 'Review ' + i, body: 'Boils fast, the lid closes well. '.repeat(8), date: new Date(1.6e12 + i * 36e5).toISOString(),
        language: ['en', 'sv', 'nl'][i % 3], provenance: 'verified-purchase', pros: ['Fast'], helpful: { up: i % 5 } }));
      const feed = JSON.parse(JSON.stringify({ version: 1, reviews }));
      const start = performance.now();
      const result = parseReviewFeed(feed);
      console.log(JSON.stringify({ ms: performance.now() - start, kept: result.value.reviews.length, problems: result.problems.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    assert.deepStrictEqual([out.kept, out.problems], [10_000, 0]);
    console.log(`parseReviewFeed, 10,000 reviews, first call in a fresh process: ${out.ms.toFixed(1)} ms`);
  });

  test('10,000 reviews without provenance: one warning each, still quick', () => {
    const feed = { version: 1, reviews: Array.from({ length: 10_000 }, (_, i) => ({ ...bigReview(i), provenance: undefined })) };
    const start = performance.now();
    const result = parseReviewFeed(feed);
    console.log(`parseReviewFeed, 10,000 reviews with 10,000 warnings: ${(performance.now() - start).toFixed(1)} ms`);
    assert.equal(result.problems.length, 10_000);
  });
});

// ------------------------------------------------------------------ product

describe('product', () => {
  const product = (extra) => ({ name: 'Kettle', ...extra });
  const read = (input, options = { baseUrl: BASE }) => {
    const problems = new ProblemList();
    const value = parseProduct(input, 'product', problems, options);
    return { value, problems: problems.items };
  };

  test('parseProduct reads attribute data with its own path', () => {
    const problems = new ProblemList();
    const value = parseProduct({ name: 'Kettle', id: 'https://shop.example/p#product', gtin: 'abc' }, 'data', problems);
    assert.deepStrictEqual(value, { name: 'Kettle', id: 'https://shop.example/p#product', image: [], offers: [] });
    assert.deepStrictEqual(problems.items.map((p) => p.path), ['data.gtin']);
  });

  test('name required; not an object is an error', () => {
    for (const bad of [{}, { name: '' }, { name: 5 }, { name: 'x'.repeat(501) }]) {
      const r = read(bad);
      assert.equal(r.value, undefined);
      hasProblem(r, 'product.name');
    }
    for (const bad of [null, 'Kettle', []]) hasProblem(read(bad), 'product');
    hasProblem(sampleWith((f) => delete f.product.name), 'product.name');
  });

  test('id: absolute http(s), or relative resolved against the base; bad ones dropped with a warning', () => {
    assert.equal(read(product({ id: '#product' })).value.id, 'https://shop.example/p/kettle#product');
    assert.equal(read(product({ id: 'https://a.example/x#p' }), {}).value.id, 'https://a.example/x#p');
    for (const bad of ['#product', 'javascript:alert(1)', 'urn:isbn:123', 'https://u:p@shop.example/']) {
      const r = read(product({ id: bad }), {});
      assert.equal(r.value.id, undefined);
      hasProblem(r, 'product.id', 'warning');
    }
  });

  test('gtin: digits only, 8, 12, 13 or 14 of them; a wrong check digit is a warning', () => {
    for (const good of ['96385074', '036000291452', '4006381333931', '10012345678902']) assert.equal(read(product({ gtin: good })).value.gtin, good);
    for (const bad of ['1234567', '400638133393X', '4006-381333931', 4006381333931, ' 4006381333931', '123456789012345']) {
      const r = read(product({ gtin: bad }));
      assert.equal(r.value.gtin, undefined);
      hasProblem(r, 'product.gtin');
    }
    const wrong = read(product({ gtin: '4006381333932' }));
    assert.equal(wrong.value.gtin, '4006381333932');
    hasProblem(wrong, 'product.gtin', 'warning');
  });

  test('sku without white space; text fields within limits', () => {
    for (const bad of ['AB 12', 'AB\t12', ' ', 12, 'x'.repeat(101)]) {
      const r = read(product({ sku: bad }));
      assert.equal(r.value.sku, undefined);
      hasProblem(r, 'product.sku');
    }
    hasProblem(read(product({ brand: { name: 'Acme' } })), 'product.brand');
    hasProblem(read(product({ mpn: 'x'.repeat(101) })), 'product.mpn');
    hasProblem(read(product({ description: 'x'.repeat(5_001) })), 'product.description');
  });

  test('images: URL rule with image hosts, at most 20', () => {
    const r = read(product({ image: ['https://cdn.shop.example/a.jpg', 'javascript:x', '//evil.example/b.jpg', null] }), {
      baseUrl: BASE,
      imageHosts: ['cdn.shop.example'],
    });
    assert.deepStrictEqual(r.value.image, ['https://cdn.shop.example/a.jpg']);
    assert.deepStrictEqual(r.problems.map((p) => [p.path, p.severity]), [
      ['product.image[1]', 'warning'],
      ['product.image[2]', 'warning'],
      ['product.image[3]', 'error'],
    ]);
    hasProblem(read(product({ image: 'https://cdn.shop.example/a.jpg' })), 'product.image');
    assert.equal(read(product({ image: Array.from({ length: 30 }, (_, i) => `/i${i}.jpg`) })).value.image.length, 20);
  });

  test('offers: price text or number, dot decimal only; currency upper case; enums by short name or URL', () => {
    const offer = (extra) => read(product({ offers: [{ price: '19.99', currency: 'EUR', ...extra }] }));
    assert.equal(offer({ price: 49.9 }).value.offers[0].price, '49.9');
    assert.equal(offer({ price: '49.90' }).value.offers[0].price, '49.90');
    assert.equal(offer({ price: 0 }).value.offers[0].price, '0');
    for (const bad of ['$19,99', '19,99', '19.99 EUR', '-1', -1, '', '1e3', 1e21, 1e-7, NaN, Infinity, ' 19.99', '.5', '19.', '1,000.00', null]) {
      const r = offer({ price: bad });
      assert.deepStrictEqual(r.value.offers, [], `price ${String(bad)}`);
      hasProblem(r, 'product.offers[0].price');
    }
    for (const bad of ['eur', 'Eur', 'EURO', '€', 978, undefined]) {
      const r = offer({ currency: bad });
      assert.deepStrictEqual(r.value.offers, []);
      hasProblem(r, 'product.offers[0].currency');
    }
    assert.equal(offer({ availability: 'https://schema.org/OutOfStock' }).value.offers[0].availability, 'OutOfStock');
    assert.equal(offer({ availability: 'http://schema.org/PreOrder' }).value.offers[0].availability, 'PreOrder');
    assert.equal(offer({ condition: 'UsedCondition' }).value.offers[0].itemCondition, 'UsedCondition');
    for (const [key, bad] of [['availability', 'instock'], ['availability', 'https://evil.example/InStock'], ['condition', 'New']]) {
      const r = offer({ [key]: bad });
      assert.equal(r.value.offers.length, 1, 'the offer is kept');
      assert.equal(r.value.offers[0].availability ?? r.value.offers[0].itemCondition, undefined);
      hasProblem(r, `product.offers[0].${key}`);
    }
    const link = offer({ url: 'javascript:buy()', validUntil: '2027-02-30' });
    hasProblem(link, 'product.offers[0].url', 'warning');
    hasProblem(link, 'product.offers[0].validUntil');
    assert.deepStrictEqual(link.value.offers[0], { price: '19.99', priceCurrency: 'EUR' });
    hasProblem(read(product({ offers: [5] })), 'product.offers[0]');
  });

  test('a broken product does not cost the reviews', () => {
    const result = sampleWith((f) => (f.product = { offers: 'x' }));
    assert.equal(result.value.product, undefined);
    assert.equal(result.value.reviews.length, 2);
  });
});

// ------------------------------------------------------------------ aggregate and disclosure

describe('aggregate', () => {
  test('rating inside the scale, counts whole; an invalid aggregate is left out', () => {
    const cases = [
      [{ rating: 5.1 }, 'aggregate.rating'],
      [{ rating: 0.9 }, 'aggregate.rating'],
      [{ rating: undefined }, 'aggregate.rating'],
      [{ rating: '4,4' }, 'aggregate.rating'],
      [{ reviewCount: -1 }, 'aggregate.reviewCount'],
      [{ reviewCount: 2.5 }, 'aggregate.reviewCount'],
      [{ reviewCount: undefined }, 'aggregate.reviewCount'],
    ];
    for (const [change, path] of cases) {
      const result = sampleWith((f) => Object.assign(f.aggregate, change));
      hasProblem(result, path);
      assert.equal(result.value.aggregate, undefined);
    }
    hasProblem(sampleWith((f) => (f.aggregate = [4.4, 312])), 'aggregate');
  });

  test('ratingCount: whole, dropped when bad; fewer ratings than reviews is a warning', () => {
    const bad = sampleWith((f) => (f.aggregate.ratingCount = -3));
    hasProblem(bad, 'aggregate.ratingCount');
    assert.equal(bad.value.aggregate.ratingCount, undefined);
    hasProblem(sampleWith((f) => (f.aggregate.ratingCount = 300)), 'aggregate.ratingCount', 'warning');
  });

  test('distribution: keys whole stars inside the scale, values whole; otherwise dropped', () => {
    const cases = [
      [{ 6: 1 }, 'aggregate.distribution.6'],
      [{ 0: 1 }, 'aggregate.distribution.0'],
      [{ '4.5': 1 }, 'aggregate.distribution["4.5"]'],
      [{ five: 1 }, 'aggregate.distribution.five'],
      [{ 5: -1 }, 'aggregate.distribution.5'],
      [{ 5: 1.5 }, 'aggregate.distribution.5'],
      [{ 5: '1' }, 'aggregate.distribution.5'],
      [[1, 2, 3], 'aggregate.distribution'],
    ];
    for (const [distribution, path] of cases) {
      const result = sampleWith((f) => (f.aggregate.distribution = distribution));
      hasProblem(result, path, distribution[5] === '1' ? 'warning' : 'error');
      if (distribution[5] !== '1') {
        assert.ok(result.value.aggregate, 'the aggregate itself is kept');
        assert.equal(result.value.aggregate.distribution, undefined);
      }
    }
    const partial = sampleWith((f) => (f.aggregate = { rating: 5, reviewCount: 3, distribution: { 5: 3 } }));
    assert.deepStrictEqual(partial.value.aggregate.distribution, [0, 0, 0, 0, 3]);
    assert.deepStrictEqual(partial.problems, []);
  });

  test('a distribution that does not add up is a warning', () => {
    const result = sampleWith((f) => (f.aggregate.distribution = { 5: 1 }));
    hasProblem(result, 'aggregate.distribution', 'warning');
    assert.deepStrictEqual(result.value.aggregate.distribution, [0, 0, 0, 0, 1]);
    // Matching reviewCount (instead of ratingCount) is fine.
    const byReviews = sampleWith((f) => (f.aggregate.distribution = { 5: 312 }));
    assert.deepStrictEqual(byReviews.problems, []);
  });
});

describe('disclosure', () => {
  test('verification is required and must be one of the levels', () => {
    for (const bad of [undefined, 'yes', true, 'Verified-Buyers-Only']) {
      const result = sampleWith((f) => (f.disclosure.verification = bad));
      hasProblem(result, 'disclosure.verification');
      assert.equal(result.value.disclosure, undefined);
    }
    hasProblem(sampleWith((f) => (f.disclosure = 'We check reviews')), 'disclosure');
  });

  test('policyUrl through the URL rule; texts within limits', () => {
    const result = sampleWith((f) => (f.disclosure.policyUrl = 'javascript:alert(1)'));
    hasProblem(result, 'disclosure.policyUrl', 'warning');
    assert.equal(result.value.disclosure.policyUrl, undefined);
    hasProblem(sampleWith((f) => (f.disclosure.moderation = 'x'.repeat(5_001))), 'disclosure.moderation');
  });
});

describe('parseReview', () => {
  test('reads one review on a given scale', () => {
    const problems = new ProblemList();
    const value = parseReview(review({ rating: 9 }), 'review', problems, { scale: { best: 10, worst: 1 } });
    assert.equal(value.rating, 9);
    assert.deepStrictEqual(problems.items, []);
    assert.equal(parseReview(review({ rating: 9 }), 'review', problems), undefined);
    assert.deepStrictEqual(problems.items.map((p) => p.path), ['review.rating']);
  });
});

// ------------------------------------------------------------------ JSON Schema

/** A small JSON Schema (2020-12) checker for the keywords the feed schema uses. Returns error paths. */
function validate(schemaRoot, node, value, path = '', errors = []) {
  if (node.$ref) {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((s, k) => s[k], schemaRoot);
    validate(schemaRoot, target, value, path, errors);
  }
  const fail = (why) => errors.push(`${path || '(root)'}: ${why}`);
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (node.type) {
    const t = typeOf(value);
    const ok = node.type === t || (node.type === 'number' && t === 'integer');
    if (!ok) return fail(`type ${node.type}`), errors;
  }
  if ('const' in node && value !== node.const) fail('const');
  if (node.enum && !node.enum.includes(value)) fail('enum');
  if (node.anyOf && !node.anyOf.some((s) => validate(schemaRoot, s, value, path, []).length === 0)) fail('anyOf');
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) fail('minLength');
    if (node.maxLength !== undefined && value.length > node.maxLength) fail('maxLength');
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) fail('pattern');
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail('minimum');
    if (node.maximum !== undefined && value > node.maximum) fail('maximum');
    if (node.multipleOf !== undefined && !Number.isInteger(value / node.multipleOf)) fail('multipleOf');
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) fail('maxItems');
    if (node.items) value.forEach((item, i) => validate(schemaRoot, node.items, item, `${path}[${i}]`, errors));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of node.required ?? []) if (!Object.hasOwn(value, key)) fail(`required ${key}`);
    for (const [key, v] of Object.entries(value)) {
      const sub = `${path ? `${path}.` : ''}${key}`;
      if (node.propertyNames) validate(schemaRoot, node.propertyNames, key, sub, errors);
      if (node.properties && Object.hasOwn(node.properties, key)) validate(schemaRoot, node.properties[key], v, sub, errors);
      else if (typeof node.additionalProperties === 'object') validate(schemaRoot, node.additionalProperties, v, sub, errors);
    }
  }
  return errors;
}

describe('JSON Schema', () => {
  const defs = schema.$defs;

  test('is draft 2020-12 and the sample feed validates', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepStrictEqual(validate(schema, schema, sampleFeed()), []);
  });

  test('the checker itself rejects bad feeds (negative control)', () => {
    const bad = sampleFeed();
    bad.reviews[0].provenance = 'verified';
    bad.product.offers[0].currency = 'eur';
    bad.reviews[1].rating = 4.3;
    delete bad.reviews[1].date;
    assert.deepStrictEqual(validate(schema, schema, bad).sort(), [
      'product.offers[0].currency: pattern',
      'reviews[0].provenance: enum',
      'reviews[1]: required date',
      'reviews[1].rating: multipleOf',
    ].sort());
  });

  test('every enum equals the model constants', () => {
    const withUrls = (names) => [...names, ...names.map((n) => `https://schema.org/${n}`), ...names.map((n) => `http://schema.org/${n}`)];
    assert.deepStrictEqual(defs.review.properties.provenance.enum, [...model.PROVENANCES]);
    assert.deepStrictEqual(defs.author.properties.display.enum, [...model.AUTHOR_DISPLAYS]);
    assert.deepStrictEqual(defs.author.properties.type.enum, [...AUTHOR_TYPES]);
    assert.deepStrictEqual(defs.disclosure.properties.verification.enum, [...model.VERIFICATION_LEVELS]);
    assert.deepStrictEqual(defs.offer.properties.availability.enum, withUrls(model.AVAILABILITIES));
    assert.deepStrictEqual(defs.offer.properties.condition.enum, withUrls(model.ITEM_CONDITIONS));
    // And the parser accepts exactly those values.
    for (const value of defs.offer.properties.availability.enum) {
      const problems = new ProblemList();
      parseProduct({ name: 'P', offers: [{ price: '1', currency: 'EUR', availability: value }] }, 'p', problems);
      assert.deepStrictEqual(problems.items, [], value);
    }
  });

  test('every length and count limit equals the parser limits', () => {
    const L = FEED_LIMITS;
    const r = defs.review.properties;
    const pairs = [
      [r.id.maxLength, L.id],
      [r.author.anyOf[0].maxLength, L.authorName],
      [defs.author.properties.name.maxLength, L.authorName],
      [r.title.maxLength, L.title],
      [r.body.maxLength, L.body],
      [r.pros.maxItems, L.listItems],
      [r.cons.maxItems, L.listItems],
      [r.pros.items.maxLength, L.listItem],
      [r.cons.items.maxLength, L.listItem],
      [r.photos.maxItems, L.photos],
      [r.language.maxLength, L.language],
      [defs.photo.properties.alt.maxLength, L.photoAlt],
      [defs.reply.properties.body.maxLength, L.replyBody],
      [defs.reply.properties.author.maxLength, L.replyAuthor],
      [defs.product.properties.name.maxLength, L.productName],
      [defs.product.properties.description.maxLength, L.productDescription],
      [defs.product.properties.sku.maxLength, L.sku],
      [defs.product.properties.mpn.maxLength, L.mpn],
      [defs.product.properties.brand.maxLength, L.brand],
      [defs.product.properties.image.maxItems, L.images],
      [defs.product.properties.offers.maxItems, L.offers],
      [defs.offer.properties.price.anyOf[0].maxLength, L.price],
      [defs.disclosure.properties.description.maxLength, L.disclosureText],
      [defs.disclosure.properties.moderation.maxLength, L.disclosureText],
      [defs.scale.properties.best.maximum, L.scaleMax],
      [schema.properties.reviews.maxItems, L.maxReviews],
    ];
    pairs.forEach(([inSchema, inParser], i) => assert.equal(inSchema, inParser, `pair ${i}`));
  });

  test('every field the schema requires is reported by the parser when missing', () => {
    // Where each object with required fields sits in the sample feed, and its parser path.
    const locations = {
      '': { get: (f) => f, path: '' },
      review: { get: (f) => f.reviews[0], path: 'reviews[0].' },
      author: { get: (f) => f.reviews[0].author, path: 'reviews[0].author.' },
      photo: { get: (f) => f.reviews[0].photos[0], path: 'reviews[0].photos[0].' },
      reply: { get: (f) => f.reviews[0].reply, path: 'reviews[0].reply.' },
      aggregate: { get: (f) => f.aggregate, path: 'aggregate.' },
      disclosure: { get: (f) => f.disclosure, path: 'disclosure.' },
      product: { get: (f) => f.product, path: 'product.' },
      offer: { get: (f) => f.product.offers[0], path: 'product.offers[0].' },
    };
    const withRequired = [['', schema], ...Object.entries(defs)].filter(([, s]) => s.required);
    assert.deepStrictEqual(withRequired.map(([name]) => name).sort(), Object.keys(locations).sort());
    for (const [name, def] of withRequired) {
      for (const key of def.required) {
        const result = sampleWith((f) => delete locations[name].get(f)[key]);
        const path = `${locations[name].path}${key}`;
        assert.ok(result.problems.some((p) => p.path === path), `missing ${path} is reported`);
        assert.deepStrictEqual(validate(schema, schema, (() => { const f = sampleFeed(); delete locations[name].get(f)[key]; return f; })()).length, 1);
      }
    }
  });

  test('bad values the schema can express are rejected by both', () => {
    const mutations = [
      ['reviews[0].rating', (f) => (f.reviews[0].rating = 4.3)],
      ['reviews[0].id', (f) => (f.reviews[0].id = '')],
      ['reviews[0].title', (f) => (f.reviews[0].title = 'x'.repeat(301))],
      ['reviews[0].date', (f) => (f.reviews[0].date = '17.05.2024')],
      ['reviews[0].language', (f) => (f.reviews[0].language = 'en_GB')],
      ['reviews[0].provenance', (f) => (f.reviews[0].provenance = 'verified')],
      ['reviews[0].author.display', (f) => (f.reviews[0].author.display = 'initials')],
      ['reviews[0].pros', (f) => (f.reviews[0].pros = Array(21).fill('x'))],
      ['reviews[0].helpful.up', (f) => (f.reviews[0].helpful.up = -1)],
      ['product.gtin', (f) => (f.product.gtin = '12345')],
      ['product.sku', (f) => (f.product.sku = 'A B')],
      ['product.offers[0].price', (f) => (f.product.offers[0].price = '19,99')],
      ['product.offers[0].currency', (f) => (f.product.offers[0].currency = 'eur')],
      ['product.offers[0].availability', (f) => (f.product.offers[0].availability = 'instock')],
      ['aggregate.reviewCount', (f) => (f.aggregate.reviewCount = 1.5)],
      ['disclosure.verification', (f) => (f.disclosure.verification = 'yes')],
      ['total', (f) => (f.total = -1)],
      ['version', (f) => (f.version = 2)],
    ];
    for (const [path, change] of mutations) {
      const feed = sampleFeed();
      change(feed);
      assert.ok(validate(schema, schema, feed).length > 0, `schema rejects ${path}`);
      hasProblem(parseReviewFeed(feed, { baseUrl: BASE }), path);
    }
  });
});

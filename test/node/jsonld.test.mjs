/**
 * The pure JSON-LD module: builders against expected graphs, one test per
 * Google rule, script-breakout escaping, prototype pollution, the SSR string
 * and the importer (including the build → serialize → import round trip).
 * Graphs are compared as parsed objects, never as JSON text.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromDist } from './dist.mjs';

const jsonld = await fromDist('core/jsonld/index.js');
const { ProblemList } = await fromDist('core/problems.js');
const { parseIsoDate } = await fromDist('core/read.js');
const {
  buildAggregateRating,
  buildCertification,
  buildMerchantReturnPolicy,
  buildOfferShippingDetails,
  buildOrganization,
  buildProduct,
  buildReview,
  displayAuthorName,
  importJsonLd,
  renderJsonLdScript,
  serializeJsonLd,
  SELF_SERVING_RULE,
} = jsonld;

/* ------------------------------------------------------------------ helpers */

const SCALE = { best: 5, worst: 1 };
const date = (iso) => parseIsoDate(iso);

function review(overrides = {}) {
  return {
    id: 'r1',
    author: { name: 'Anna Svensson', display: 'full', type: 'person' },
    rating: 5,
    title: 'Lovely mug',
    body: 'Keeps coffee hot.',
    date: date('2024-05-17'),
    language: 'en',
    provenance: 'verified-purchase',
    photos: [],
    pros: [],
    cons: [],
    helpful: { up: 0, down: 0 },
    ...overrides,
  };
}

function product(overrides = {}) {
  return {
    id: 'https://shop.example/p/mug#product',
    name: 'Enamel mug',
    description: 'A blue enamel mug.',
    sku: 'MUG-1',
    gtin: '4006381333931',
    mpn: 'EM-01',
    brand: 'Acme',
    image: ['https://cdn.shop.example/mug.jpg'],
    url: 'https://shop.example/p/mug',
    offers: [
      {
        price: '12.50',
        priceCurrency: 'EUR',
        availability: 'InStock',
        itemCondition: 'NewCondition',
        url: 'https://shop.example/p/mug',
        priceValidUntil: date('2030-12-31'),
      },
    ],
    ...overrides,
  };
}

const aggregate = (overrides = {}) => ({ ratingValue: 4.5, reviewCount: 2, scale: SCALE, ...overrides });

/** Builds with a fresh problem list; returns the node and the problems. */
function run(build, ...args) {
  const problems = new ProblemList();
  const node = build(...args, problems);
  return { node, problems: problems.items };
}

/** Like `run` for the builders whose path argument follows `problems`. */
function runWithPath(build, value, path, ...rest) {
  const problems = new ProblemList();
  const node = build(value, problems, path, ...rest);
  return { node, problems: problems.items };
}

const parsed = (node) => JSON.parse(serializeJsonLd(node));

/** The problems as `path: expected` lines, for compact assertions. */
const lines = (problems) => problems.map((p) => `${p.severity} ${p.path}: ${p.expected}`);

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/* --------------------------------------------------------------- serializer */

describe('serializeJsonLd', () => {
  test('escapes < > & U+2028 U+2029 as lowercase \\u escapes and parses back', () => {
    const value = { text: 'a<b>c&d\u2028e\u2029f', '<key>': ['</script>'] };
    const out = serializeJsonLd(value);
    assert.ok(!out.includes('<'));
    assert.ok(!/[>&\u2028\u2029]/.test(out));
    for (const escape of ['\\u003c', '\\u003e', '\\u0026', '\\u2028', '\\u2029']) assert.ok(out.includes(escape), escape);
    assert.deepStrictEqual(JSON.parse(out), value);
  });

  test('keeps strings exactly, including quotes, backslashes, lone surrogates and astral characters', () => {
    const value = { s: 'quote " backslash \\ <\\/script> tab\t nl\n \ud800 😀 \u0000' };
    assert.deepStrictEqual(JSON.parse(serializeJsonLd(value)), value);
  });

  test('skips what is not plain JSON data', () => {
    class Thing {
      constructor() {
        this.x = 1;
      }
    }
    const withGetter = { kept: 1 };
    Object.defineProperty(withGetter, 'computed', { enumerable: true, get: () => 'ran' });
    const sparse = [1, , 3];
    const value = {
      fn: () => 1,
      sym: Symbol('s'),
      nan: NaN,
      inf: Infinity,
      undef: undefined,
      nil: null,
      big: 10n,
      date: new Date(0),
      map: new Map([[1, 2]]),
      instance: new Thing(),
      withGetter,
      list: [1, NaN, () => 2, 'two', null, sparse],
      nullProto: Object.assign(Object.create(null), { a: 'b' }),
      zero: -0,
    };
    assert.deepStrictEqual(JSON.parse(serializeJsonLd(value)), {
      withGetter: { kept: 1 },
      list: [1, 'two', [1, 3]],
      nullProto: { a: 'b' },
      zero: 0,
    });
  });

  test('skips cycles and nesting deeper than 32 levels', () => {
    const cyclic = { name: 'a' };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, 'x'];
    assert.deepStrictEqual(JSON.parse(serializeJsonLd(cyclic)), { name: 'a', list: ['x'] });

    const shared = { v: 1 };
    assert.deepStrictEqual(JSON.parse(serializeJsonLd({ a: shared, b: shared })), { a: { v: 1 }, b: { v: 1 } });

    let deep = { leaf: true };
    for (let i = 0; i < 40; i++) deep = { d: deep };
    let out = JSON.parse(serializeJsonLd(deep));
    let levels = 0;
    while (out.d) {
      out = out.d;
      levels++;
    }
    assert.equal(levels, 32);
    assert.deepStrictEqual(out, {});
  });

  test('objects that share one array many times over are capped, not written out exponentially', () => {
    let node = ['x'];
    for (let i = 0; i < 40; i++) node = [node, node]; // 2^40 paths through 41 arrays
    const started = process.hrtime.bigint();
    assert.equal(serializeJsonLd({ node }), 'null');
    assert.ok(process.hrtime.bigint() - started < 5_000_000_000n, 'returns instead of hanging');
    let small = ['x'];
    for (let i = 0; i < 10; i++) small = [small, small]; // 2,047 values: under the cap, written in full
    assert.equal(JSON.stringify(JSON.parse(serializeJsonLd(small))), JSON.stringify(small));
  });

  test('an unserializable root gives null; a huge sparse array costs only its items', () => {
    assert.equal(serializeJsonLd(() => 1), 'null');
    const sparse = [];
    sparse[2 ** 32 - 2] = 'last';
    assert.deepStrictEqual(JSON.parse(serializeJsonLd({ sparse })), { sparse: ['last'] });
  });

  test('Object.prototype.toJSON pollution and toJSON methods do not change the output', () => {
    const node = buildProduct(
      { product: product(), aggregate: aggregate(), reviews: [review(), review({ id: 'r2', rating: 4 })] },
      new ProblemList(),
    );
    const clean = JSON.parse(serializeJsonLd(node));
    const polluted = ['toJSON', 'polluted'];
    try {
      Object.prototype.toJSON = () => ({ hacked: true });
      Object.prototype.polluted = '</script><script>alert(1)</script>';
      Array.prototype.toJSON = () => 'hacked';
      String.prototype.toJSON = () => 'hacked';
      Number.prototype.toJSON = () => 'hacked';
      const out = serializeJsonLd(node);
      assert.ok(!out.includes('hacked') && !out.includes('polluted'));
      for (const key of polluted) delete Object.prototype[key];
      delete Array.prototype.toJSON;
      delete String.prototype.toJSON;
      delete Number.prototype.toJSON;
      assert.deepStrictEqual(JSON.parse(out), clean);
    } finally {
      for (const key of polluted) delete Object.prototype[key];
      delete Array.prototype.toJSON;
      delete String.prototype.toJSON;
      delete Number.prototype.toJSON;
    }

    const withToJson = { name: 'x', nested: { toJSON: () => ({ hacked: true }), ok: 1 }, toJSON: () => ({ hacked: true }) };
    assert.deepStrictEqual(JSON.parse(serializeJsonLd(withToJson)), { name: 'x', nested: { ok: 1 } });

    // A product whose fields carry toJSON/getters still builds from its own data only.
    const sneaky = product({ name: 'Mug', brand: 'Acme' });
    sneaky.toJSON = () => ({ name: 'hacked' });
    const built = parsed(buildProduct({ product: sneaky }, new ProblemList()));
    assert.equal(built.name, 'Mug');
    assert.deepStrictEqual(built.brand, { '@type': 'Brand', name: 'Acme' });
  });
});

describe('renderJsonLdScript', () => {
  test('wraps the escaped JSON in a script element that parses back', () => {
    const node = buildProduct({ product: product({ name: '</script><script>alert(1)</script>' }) }, new ProblemList());
    const html = renderJsonLdScript(node);
    const open = `<script type="application/ld+json" data-trust-signals-jsonld="${node['@id']}">`;
    const close = '</script>';
    assert.ok(html.startsWith(open), html.slice(0, 120));
    assert.ok(html.endsWith(close));
    const inner = html.slice(open.length, -close.length);
    assert.ok(!inner.includes('<'));
    assert.deepStrictEqual(JSON.parse(inner), JSON.parse(JSON.stringify(node)));
    assert.equal(html.split('<').length - 1, 2, 'only the two tags contain <');
  });

  test('marks a node with an @id so the browser elements adopt the block; the mark is attribute-escaped', () => {
    const html = renderJsonLdScript({ '@context': 'https://schema.org', '@type': 'Product', '@id': 'https://x.example/p?a=1&b="2"#product', name: 'X' });
    assert.ok(html.startsWith('<script type="application/ld+json" data-trust-signals-jsonld="https://x.example/p?a=1&#38;b=&#34;2&#34;#product">'));
    const plain = renderJsonLdScript({ '@context': 'https://schema.org', '@type': 'Organization', name: 'X' });
    assert.ok(plain.startsWith('<script type="application/ld+json">'));
  });

  test('marks a Product without an @id by its name, the key the elements use for it', () => {
    const html = renderJsonLdScript({ '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle "K" & co' });
    assert.ok(html.startsWith('<script type="application/ld+json" data-trust-signals-jsonld="name:Kettle &#34;K&#34; &#38; co">'));
  });
});

/* ----------------------------------------------------------------- escaping */

const BREAKOUTS = [
  '</script><script>alert(1)</script>',
  '<!--<script>',
  ']]>',
  'line\u2028separator\u2029paragraph',
  '&amp; &lt;b&gt; & &#60;',
  '</SCRIPT ><img src=x onerror=alert(1)>',
];

describe('escaping in every text field', () => {
  for (const bad of BREAKOUTS) {
    test(`product, offer, review, organization and certification text: ${JSON.stringify(bad)}`, () => {
      const offerUrl = `https://shop.example/p/mug?q=${bad}&x=${encodeURIComponent(bad)}`;
      const problems = new ProblemList();
      const node = buildProduct(
        {
          product: product({
            name: bad,
            description: bad,
            brand: bad,
            sku: bad,
            mpn: bad,
            offers: [{ price: '10.00', priceCurrency: 'EUR', url: offerUrl }],
          }),
          aggregate: aggregate({ reviewCount: 1, ratingValue: 5 }),
          reviews: [review({ title: bad, body: bad, author: { name: `Anna ${bad}`, display: 'full', type: 'person' } })],
          certifications: [{ name: bad, issuedBy: bad, certificationIdentification: bad }],
        },
        problems,
      );
      const out = serializeJsonLd(node);
      assert.ok(!out.includes('<'), 'no < in the output');
      const back = JSON.parse(out);
      assert.deepStrictEqual(back, JSON.parse(JSON.stringify(node)));
      assert.equal(back.name, bad);
      assert.equal(back.description, bad);
      assert.equal(back.brand.name, bad);
      assert.equal(back.sku, bad);
      assert.equal(back.mpn, bad);
      assert.equal(back.offers[0].url, new URL(offerUrl).href);
      assert.equal(back.review[0].name, bad);
      assert.equal(back.review[0].reviewBody, bad);
      assert.equal(back.review[0].author.name, `Anna ${bad}`);
      assert.equal(back.hasCertification[0].name, bad);
      assert.equal(back.hasCertification[0].issuedBy.name, bad);
      assert.equal(back.hasCertification[0].certificationIdentification, bad);
      assert.ok(problems.items.every((p) => p.severity === 'warning'), lines(problems.items).join('\n'));

      const org = buildOrganization({ name: bad, description: bad, url: offerUrl, sameAs: [] }, new ProblemList());
      const orgOut = serializeJsonLd(org);
      assert.ok(!orgOut.includes('<'));
      assert.deepStrictEqual(JSON.parse(orgOut), JSON.parse(JSON.stringify(org)));
      assert.equal(JSON.parse(orgOut).name, bad);

      const html = renderJsonLdScript(node);
      assert.deepStrictEqual(JSON.parse(html.slice(html.indexOf('>') + 1, html.lastIndexOf('<'))), back);
    });
  }
});

/* ----------------------------------------------------------------- builders */

describe('builders produce the expected graphs', () => {
  test('buildProduct: a full product page', () => {
    const problems = new ProblemList();
    const node = buildProduct(
      {
        product: product(),
        aggregate: aggregate({ ratingValue: 4.2999999, reviewCount: 10, ratingCount: 12 }),
        reviews: [
          review(),
          review({ id: 'r2', rating: 4, author: { name: 'Bo Ek Lind', display: 'first-initial', type: 'person' }, title: undefined, body: undefined, language: undefined }),
          review({ id: 'r3', rating: 4, author: { name: 'Secret Person', display: 'anonymous', type: 'person' }, date: date('2024-06-01T23:30:00-05:00') }),
        ],
        scale: SCALE,
        returnPolicy: {
          applicableCountry: ['SE', 'FI'],
          returnPolicyCategory: 'MerchantReturnFiniteReturnWindow',
          merchantReturnDays: 30,
          returnFees: 'ReturnShippingFees',
          returnShippingFeesAmount: { value: 4.95, currency: 'EUR' },
          returnMethod: ['ReturnByMail'],
        },
        shipping: [
          {
            shippingRate: { value: 0, currency: 'EUR' },
            shippingDestination: [{ addressCountry: 'SE' }, { addressCountry: 'FI' }],
            handlingTime: { minValue: 0, maxValue: 1 },
            transitTime: { minValue: 1, maxValue: 3 },
          },
        ],
        certifications: [
          {
            name: 'EPREL',
            issuedBy: 'European_Commission',
            certificationIdentification: '123456',
            certificationRating: { ratingValue: 'C', bestRating: 'A', worstRating: 'G' },
          },
        ],
      },
      problems,
    );
    assert.deepStrictEqual(problems.items, []);
    const rating = (value) => ({ '@type': 'Rating', ratingValue: value, bestRating: 5, worstRating: 1 });
    assert.deepStrictEqual(parsed(node), {
      '@context': 'https://schema.org',
      '@type': 'Product',
      '@id': 'https://shop.example/p/mug#product',
      name: 'Enamel mug',
      description: 'A blue enamel mug.',
      sku: 'MUG-1',
      gtin: '4006381333931',
      mpn: 'EM-01',
      brand: { '@type': 'Brand', name: 'Acme' },
      image: ['https://cdn.shop.example/mug.jpg'],
      url: 'https://shop.example/p/mug',
      offers: [
        {
          '@type': 'Offer',
          price: '12.50',
          priceCurrency: 'EUR',
          availability: 'https://schema.org/InStock',
          itemCondition: 'https://schema.org/NewCondition',
          url: 'https://shop.example/p/mug',
          priceValidUntil: '2030-12-31',
          hasMerchantReturnPolicy: {
            '@type': 'MerchantReturnPolicy',
            applicableCountry: ['SE', 'FI'],
            returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
            merchantReturnDays: 30,
            returnFees: 'https://schema.org/ReturnShippingFees',
            returnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 4.95, currency: 'EUR' },
            returnMethod: ['https://schema.org/ReturnByMail'],
          },
          shippingDetails: [
            {
              '@type': 'OfferShippingDetails',
              shippingRate: { '@type': 'MonetaryAmount', value: 0, currency: 'EUR' },
              shippingDestination: [
                { '@type': 'DefinedRegion', addressCountry: 'SE' },
                { '@type': 'DefinedRegion', addressCountry: 'FI' },
              ],
              deliveryTime: {
                '@type': 'ShippingDeliveryTime',
                handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
                transitTime: { '@type': 'QuantitativeValue', minValue: 1, maxValue: 3, unitCode: 'DAY' },
              },
            },
          ],
        },
      ],
      hasCertification: [
        {
          '@type': 'Certification',
          name: 'EPREL',
          issuedBy: { '@type': 'Organization', name: 'European_Commission' },
          certificationIdentification: '123456',
          certificationRating: { '@type': 'Rating', ratingValue: 'C', bestRating: 'A', worstRating: 'G' },
        },
      ],
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: 4.3,
        bestRating: 5,
        worstRating: 1,
        ratingCount: 12,
        reviewCount: 10,
      },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Anna Svensson' },
          reviewRating: rating(5),
          datePublished: '2024-05-17',
          name: 'Lovely mug',
          reviewBody: 'Keeps coffee hot.',
          inLanguage: 'en',
        },
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Bo L.' },
          reviewRating: rating(4),
          datePublished: '2024-05-17',
        },
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Anonymous' },
          reviewRating: rating(4),
          datePublished: '2024-06-01',
          name: 'Lovely mug',
          reviewBody: 'Keeps coffee hot.',
          inLanguage: 'en',
        },
      ],
    });
    assert.ok(!serializeJsonLd(node).includes('Secret'), 'an anonymous author name never leaks');
  });

  test('buildProduct: the smallest product and its snippet warning', () => {
    const { node, problems } = run(buildProduct, { product: { name: 'Mug', image: [], offers: [] } });
    assert.deepStrictEqual(parsed(node), { '@context': 'https://schema.org', '@type': 'Product', name: 'Mug' });
    assert.deepStrictEqual(lines(problems), [
      'warning product: at least one of offers, aggregate or reviews (Google product snippets need one)',
    ]);
  });

  test('buildReview: organization author, 10-point scale, no optional fields', () => {
    const { node, problems } = run(
      (r, s, p) => buildReview(r, s, p, 'reviews[0]'),
      review({ author: { name: 'CNET Reviewers', display: 'first-initial', type: 'organization' }, rating: 8.5, title: '', body: undefined, language: undefined }),
      { best: 10, worst: 0 },
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(parsed(node), {
      '@type': 'Review',
      author: { '@type': 'Organization', name: 'CNET Reviewers' },
      reviewRating: { '@type': 'Rating', ratingValue: 8.5, bestRating: 10, worstRating: 0 },
      datePublished: '2024-05-17',
    });
  });

  test('buildAggregateRating: always best and worst, two decimals cut (never rounded up), float artefacts ignored', () => {
    assert.deepStrictEqual(parsed(run(buildAggregateRating, aggregate({ ratingValue: 4.666666 })).node), {
      '@type': 'AggregateRating',
      ratingValue: 4.66,
      bestRating: 5,
      worstRating: 1,
      reviewCount: 2,
    });
    assert.equal(run(buildAggregateRating, aggregate({ ratingValue: 4.996 })).node.ratingValue, 4.99, 'never 5 for 4.996');
    assert.equal(run(buildAggregateRating, aggregate({ ratingValue: 4.2999999 })).node.ratingValue, 4.3, 'a float artefact');
    assert.equal(run(buildAggregateRating, aggregate({ ratingValue: 5 })).node.ratingValue, 5);
  });

  test('buildOrganization: an online store with its return policy', () => {
    const { node, problems } = run(
      buildOrganization,
      {
        id: 'https://shop.example/#org',
        type: 'OnlineStore',
        name: 'Shop',
        description: 'Mugs and more.',
        url: 'https://shop.example/',
        logo: 'https://shop.example/logo.png',
        sameAs: ['https://social.example/shop'],
      },
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(parsed(node), {
      '@context': 'https://schema.org',
      '@type': 'OnlineStore',
      '@id': 'https://shop.example/#org',
      name: 'Shop',
      description: 'Mugs and more.',
      url: 'https://shop.example/',
      logo: 'https://shop.example/logo.png',
      sameAs: ['https://social.example/shop'],
    });

    const withPolicy = buildOrganization({ name: 'Shop', sameAs: [] }, new ProblemList(), {
      returnPolicy: { id: 'https://shop.example/returns#policy', applicableCountry: ['SE'], returnPolicyCategory: 'MerchantReturnUnlimitedWindow', returnFees: 'FreeReturn', refundType: 'FullRefund', merchantReturnLink: 'https://shop.example/returns' },
    });
    assert.deepStrictEqual(parsed(withPolicy).hasMerchantReturnPolicy, {
      '@type': 'MerchantReturnPolicy',
      '@id': 'https://shop.example/returns#policy',
      applicableCountry: ['SE'],
      returnPolicyCategory: 'https://schema.org/MerchantReturnUnlimitedWindow',
      returnFees: 'https://schema.org/FreeReturn',
      refundType: 'https://schema.org/FullRefund',
      merchantReturnLink: 'https://shop.example/returns',
    });
  });

  test('buildMerchantReturnPolicy: option B (link only) at organization level', () => {
    const { node, problems } = runWithPath(buildMerchantReturnPolicy, { applicableCountry: [], merchantReturnLink: 'https://shop.example/returns' }, 'returnPolicy');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(parsed(node), { '@type': 'MerchantReturnPolicy', merchantReturnLink: 'https://shop.example/returns' });
  });

  test('buildOfferShippingDetails: regions for the US', () => {
    const { node, problems } = runWithPath(
      buildOfferShippingDetails,
      { shippingRate: { value: 5, currency: 'USD' }, shippingDestination: [{ addressCountry: 'US', addressRegion: ['NY', 'CA'] }] },
      'shipping[0]',
      'USD',
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(parsed(node), {
      '@type': 'OfferShippingDetails',
      shippingRate: { '@type': 'MonetaryAmount', value: 5, currency: 'USD' },
      shippingDestination: [{ '@type': 'DefinedRegion', addressCountry: 'US', addressRegion: ['NY', 'CA'] }],
    });
  });

  test('buildCertification: an organic seal with validity', () => {
    const { node, problems } = runWithPath(
      buildCertification,
      { name: 'EU organic', issuedBy: 'KRAV', url: 'https://krav.example/cert/1', validFrom: date('2024-01-01'), expires: date('2026-12-31') },
      'certifications[0]',
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(parsed(node), {
      '@type': 'Certification',
      name: 'EU organic',
      issuedBy: { '@type': 'Organization', name: 'KRAV' },
      url: 'https://krav.example/cert/1',
      validFrom: '2024-01-01',
      expires: '2026-12-31',
    });
  });

  test('displayAuthorName formats full, first-initial and anonymous names', () => {
    const person = (name, display) => ({ name, display, type: 'person' });
    assert.equal(displayAuthorName(person('Anna Svensson', 'full'), 'Anon'), 'Anna Svensson');
    assert.equal(displayAuthorName(person('Anna Svensson', 'first-initial'), 'Anon'), 'Anna S.');
    assert.equal(displayAuthorName(person('  Anna  Maria  Östberg ', 'first-initial'), 'Anon'), 'Anna Ö.');
    assert.equal(displayAuthorName(person('Anna', 'first-initial'), 'Anon'), 'Anna');
    assert.equal(displayAuthorName(person('Anna Svensson', 'anonymous'), 'Anon'), 'Anon');
    assert.equal(displayAuthorName(person('Anna Svensson', 'bogus'), 'Anon'), 'Anon');
    assert.equal(displayAuthorName({ name: 'Acme Corp', display: 'first-initial', type: 'organization' }, 'Anon'), 'Acme Corp');
  });

  test('builders never throw, never mutate, and read own properties only', () => {
    for (const bad of [undefined, null, 42, 'text', [], () => 1, { product: 'x' }]) {
      assert.doesNotThrow(() => buildProduct(bad, new ProblemList()));
      assert.doesNotThrow(() => buildOrganization(bad, new ProblemList(), bad));
      assert.doesNotThrow(() => buildReview(bad, bad, new ProblemList()));
      assert.doesNotThrow(() => buildAggregateRating(bad, new ProblemList()));
      assert.doesNotThrow(() => buildMerchantReturnPolicy(bad, new ProblemList()));
      assert.doesNotThrow(() => buildOfferShippingDetails(bad, new ProblemList()));
      assert.doesNotThrow(() => buildCertification(bad, new ProblemList()));
    }
    const throwing = [review()];
    Object.defineProperty(throwing, 1, { enumerable: true, get: () => { throw new Error('boom'); } });
    const problems = new ProblemList();
    assert.equal(buildProduct({ product: product(), reviews: throwing }, problems), undefined);
    assert.deepStrictEqual(lines(problems.items), ['error product: plain data (reading it threw, so nothing was emitted)']);

    const input = deepFreeze({ product: product(), aggregate: aggregate(), reviews: [review(), review({ id: 'r2' })] });
    const before = JSON.stringify(input);
    assert.doesNotThrow(() => buildProduct(input, new ProblemList()));
    assert.equal(JSON.stringify(input), before);

    const inherited = Object.create({ name: 'Inherited name', image: [], offers: [] });
    const { node, problems: p2 } = run(buildProduct, { product: inherited });
    assert.equal(node, undefined);
    assert.deepStrictEqual(lines(p2), ['error product.name: the product name (required)']);
  });
});

/* ------------------------------------------------------------- Google rules */

describe('Google rules: what breaks them is left out and reported', () => {
  const OUT_OF_RANGE = 'a number from 1 to 5 with a dot decimal (out of range is not clamped)';

  test('rating above bestRating', () => {
    const { node, problems } = run(buildAggregateRating, aggregate({ ratingValue: 5.3 }));
    assert.equal(node, undefined);
    assert.deepStrictEqual(problems, [{ path: 'aggregate.ratingValue', expected: OUT_OF_RANGE, received: '5.3', severity: 'error' }]);
  });

  test('rating below worstRating', () => {
    const { node, problems } = run(buildProduct, { product: product(), reviews: [review(), review({ id: 'r2', rating: 0.5 })] });
    assert.equal(node.review.length, 1);
    assert.deepStrictEqual(problems, [{ path: 'reviews[1].rating', expected: OUT_OF_RANGE, received: '0.5', severity: 'error' }]);
  });

  test('rating 0 is out of range unless the scale says worst 0', () => {
    const rejected = run(buildAggregateRating, aggregate({ ratingValue: 0 }));
    assert.equal(rejected.node, undefined);
    assert.deepStrictEqual(lines(rejected.problems), [`error aggregate.ratingValue: ${OUT_OF_RANGE}`]);
    const accepted = run(buildAggregateRating, aggregate({ ratingValue: 0, scale: { best: 5, worst: 0 } }));
    assert.deepStrictEqual(accepted.problems, []);
    assert.deepStrictEqual(parsed(accepted.node), { '@type': 'AggregateRating', ratingValue: 0, bestRating: 5, worstRating: 0, reviewCount: 2 });
  });

  test('non-integer and negative counts are left out', () => {
    const fractional = run(buildAggregateRating, aggregate({ reviewCount: 3.5, ratingCount: 7 }));
    assert.deepStrictEqual(parsed(fractional.node), { '@type': 'AggregateRating', ratingValue: 4.5, bestRating: 5, worstRating: 1, ratingCount: 7 });
    assert.deepStrictEqual(fractional.problems, [
      { path: 'aggregate.reviewCount', expected: 'a whole number of at least 0 and below 2^53', received: '3.5', severity: 'error' },
    ]);
    const negative = run(buildAggregateRating, aggregate({ reviewCount: 4, ratingCount: -2 }));
    assert.deepStrictEqual(parsed(negative.node), { '@type': 'AggregateRating', ratingValue: 4.5, bestRating: 5, worstRating: 1, reviewCount: 4 });
    assert.deepStrictEqual(lines(negative.problems), ['error aggregate.ratingCount: a whole number of at least 0 and below 2^53']);
    const huge = run(buildAggregateRating, aggregate({ reviewCount: 1e21, ratingCount: 2 ** 53 }));
    assert.deepStrictEqual(lines(huge.problems), [
      'error aggregate.reviewCount: a whole number of at least 0 and below 2^53',
      'error aggregate.ratingCount: a whole number of at least 0 and below 2^53',
    ]);
    assert.equal(huge.node, undefined);
    const none = run(buildAggregateRating, { ratingValue: 4, scale: SCALE });
    assert.equal(none.node, undefined);
    assert.deepStrictEqual(lines(none.problems), ['error aggregate.reviewCount: reviewCount or ratingCount (Google requires at least one)']);
  });

  test('a zero count is not emitted; zero ratings give no AggregateRating', () => {
    const zeroReviews = run(buildAggregateRating, aggregate({ reviewCount: 0, ratingCount: 6 }));
    assert.deepStrictEqual(zeroReviews.problems, []);
    assert.deepStrictEqual(parsed(zeroReviews.node), { '@type': 'AggregateRating', ratingValue: 4.5, bestRating: 5, worstRating: 1, ratingCount: 6 });

    const { node, problems } = run(buildProduct, { product: product(), aggregate: aggregate({ reviewCount: 0 }) });
    assert.equal(node.aggregateRating, undefined);
    assert.deepStrictEqual(problems, [
      {
        path: 'aggregate.reviewCount',
        expected: 'a count of at least 1: no AggregateRating is emitted for zero ratings',
        received: '0',
        severity: 'warning',
      },
    ]);
  });

  test('a count smaller than the reviews marked up leaves the aggregate out', () => {
    const { node, problems } = run(buildProduct, {
      product: product(),
      aggregate: aggregate({ reviewCount: 1, ratingValue: 5 }),
      reviews: [review(), review({ id: 'r2' })],
    });
    assert.equal(node.aggregateRating, undefined);
    assert.equal(node.review.length, 2);
    assert.deepStrictEqual(lines(problems), [
      'error aggregate.reviewCount: a count of at least 2, the number of reviews marked up (a smaller count is misleading; the aggregate was left out)',
    ]);
  });

  test('an average that disagrees with all its marked-up reviews is a warning', () => {
    const { node, problems } = run(buildProduct, {
      product: product(),
      aggregate: aggregate({ reviewCount: 2, ratingValue: 3 }),
      reviews: [review(), review({ id: 'r2', rating: 4 })],
    });
    assert.ok(node.aggregateRating);
    assert.deepStrictEqual(lines(problems), ['warning aggregate.ratingValue: the mean of the 2 reviews marked up, 4.5']);
  });

  for (const type of ['Organization', 'LocalBusiness']) {
    test(`self-serving aggregate and reviews on ${type} are refused`, () => {
      const org = { type, name: 'Shop', url: 'https://shop.example/', sameAs: [] };
      const { node, problems } = run((o, p) => buildOrganization(o, p, { aggregate: aggregate(), reviews: [review()] }), org);
      assert.deepStrictEqual(parsed(node), { '@context': 'https://schema.org', '@type': type, name: 'Shop', url: 'https://shop.example/' });
      assert.deepStrictEqual(problems, [
        { path: 'organization.aggregateRating', expected: `no aggregateRating on ${type} markup (${SELF_SERVING_RULE})`, received: 'an object', severity: 'error' },
        { path: 'organization.review', expected: `no review on ${type} markup (${SELF_SERVING_RULE})`, received: 'an array of 1', severity: 'error' },
      ]);
      assert.match(SELF_SERVING_RULE, /self-serving/);
    });
  }

  test('ratings smuggled onto the organization object are refused too', () => {
    const { node, problems } = run(buildOrganization, {
      type: 'Store',
      name: 'Shop',
      sameAs: [],
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 5, reviewCount: 10 },
      review: [{ '@type': 'Review' }],
    });
    assert.equal(node.aggregateRating, undefined);
    assert.equal(node.review, undefined);
    assert.deepStrictEqual(
      problems.map((p) => p.path),
      ['organization.aggregateRating', 'organization.review'],
    );
  });

  test('review without an author name', () => {
    const { node, problems } = run(buildProduct, {
      product: product(),
      reviews: [
        review(),
        review({ id: 'r2' }),
        review({ id: 'r3' }),
        review({ id: 'r4', author: { name: '   ', display: 'full', type: 'person' } }),
        review({ id: 'r5', author: { display: 'full', type: 'person' } }),
        review({ id: 'r6', author: undefined }),
      ],
    });
    assert.equal(node.review.length, 3);
    assert.deepStrictEqual(problems, [
      { path: 'reviews[3].author.name', expected: 'a non-empty author name (Google requires one for every review)', received: '"   "', severity: 'error' },
      { path: 'reviews[4].author.name', expected: 'a non-empty author name (Google requires one for every review)', received: 'nothing', severity: 'error' },
      { path: 'reviews[5].author.name', expected: 'a non-empty author name (Google requires one for every review)', received: 'nothing', severity: 'error' },
    ]);
  });

  test('author names of 100 characters or more', () => {
    const name99 = 'A'.repeat(49) + ' ' + 'B'.repeat(49);
    const name100 = name99 + 'B';
    const { node, problems } = run(buildProduct, {
      product: product(),
      reviews: [
        review({ author: { name: name99, display: 'full', type: 'person' } }),
        review({ id: 'r2', author: { name: name100, display: 'full', type: 'person' } }),
        review({ id: 'r3', author: { name: name100, display: 'first-initial', type: 'person' } }),
      ],
    });
    assert.deepStrictEqual(
      node.review.map((r) => r.author.name),
      [name99, `${'A'.repeat(49)} B.`],
    );
    assert.deepStrictEqual(lines(problems), [
      'error reviews[1].author.name: an author name shorter than 100 characters (Google review snippet rule)',
    ]);
  });

  test('review without a rating', () => {
    const { node, problems } = run(buildProduct, { product: product(), reviews: [review({ rating: undefined }), review({ id: 'r2' })] });
    assert.equal(node.review.length, 1);
    assert.deepStrictEqual(problems, [
      {
        path: 'reviews[0].rating',
        expected: `${OUT_OF_RANGE}; Google requires a rating for every review`,
        received: 'nothing',
        severity: 'error',
      },
    ]);
  });

  test('comma decimal "4,4" is rejected; dot-decimal text is accepted with a warning', () => {
    const comma = run(buildAggregateRating, aggregate({ ratingValue: '4,4' }));
    assert.equal(comma.node, undefined);
    assert.deepStrictEqual(comma.problems, [{ path: 'aggregate.ratingValue', expected: OUT_OF_RANGE, received: '"4,4"', severity: 'error' }]);
    const reviewComma = run(buildProduct, { product: product(), reviews: [review({ rating: '4,4' })] });
    assert.equal(reviewComma.node.review, undefined);
    assert.deepStrictEqual(lines(reviewComma.problems), [`error reviews[0].rating: ${OUT_OF_RANGE}`]);
    const dot = run(buildAggregateRating, aggregate({ ratingValue: '4.4' }));
    assert.equal(dot.node.ratingValue, 4.4);
    assert.deepStrictEqual(lines(dot.problems), [`warning aggregate.ratingValue: ${OUT_OF_RANGE} as a JSON number, not a string`]);
  });

  test('a non-ISO date is left out; the review stays', () => {
    const { node, problems } = run(buildProduct, {
      product: product(),
      reviews: [review({ date: { iso: '17/05/2024', time: 0, dateOnly: true } }), review({ id: 'r2', date: '2024-02-30' })],
    });
    assert.equal(node.review.length, 2);
    assert.equal(node.review[0].datePublished, undefined);
    assert.equal(node.review[1].datePublished, undefined);
    assert.deepStrictEqual(problems, [
      { path: 'reviews[0].date', expected: 'an ISO 8601 date such as 2024-05-17', received: '"17/05/2024"', severity: 'error' },
      { path: 'reviews[1].date', expected: 'an ISO 8601 date such as 2024-05-17', received: '"2024-02-30"', severity: 'error' },
    ]);
  });

  test('a product without a name gives no node', () => {
    const { node, problems } = run(buildProduct, { product: { name: '', image: [], offers: [] } });
    assert.equal(node, undefined);
    assert.deepStrictEqual(lines(problems), ['error product.name: non-empty text']);
  });

  test('GTIN must be numeric with 8, 12, 13 or 14 digits; URLs must be http(s)', () => {
    const { node, problems } = run(buildProduct, {
      product: product({ gtin: 'https://id.gs1.org/01/04006381333931', image: ['javascript:alert(1)', 'https://cdn.shop.example/a.jpg'], url: 'data:text/html,x' }),
    });
    assert.equal(node.gtin, undefined);
    assert.equal(node.url, undefined);
    assert.deepStrictEqual(node.image, ['https://cdn.shop.example/a.jpg']);
    assert.deepStrictEqual(lines(problems), [
      'error product.gtin: a numeric GTIN of 8, 12, 13 or 14 digits',
      'error product.image[0]: an absolute http or https URL',
      'error product.url: an absolute http or https URL',
    ]);
  });

  test('offers: price with symbols or comma, lower-case currency and free-text availability', () => {
    const { node, problems } = run(buildProduct, {
      product: product({
        offers: [
          { price: '$19,99', priceCurrency: 'USD' },
          { price: '19.99', priceCurrency: 'usd' },
          { price: '19.99', priceCurrency: 'USD', availability: 'in stock' },
          { price: '0', priceCurrency: 'USD' },
        ],
      }),
    });
    assert.deepStrictEqual(parsed(node).offers, [
      { '@type': 'Offer', price: '19.99', priceCurrency: 'USD' },
      { '@type': 'Offer', price: '0', priceCurrency: 'USD' },
    ]);
    assert.deepStrictEqual(lines(problems), [
      'error product.offers[0].price: a price as dot-decimal text without symbols or separators, such as 49.90',
      'error product.offers[1].priceCurrency: a three-letter ISO 4217 currency code in upper case, such as EUR',
      `error product.offers[2].availability: one of ${['BackOrder', 'Discontinued', 'InStock', 'InStoreOnly', 'LimitedAvailability', 'OnlineOnly', 'OutOfStock', 'PreOrder', 'PreSale', 'SoldOut'].join(', ')}`,
      'warning product.offers[3].price: a price above 0 (merchant listings reject a price of 0)',
    ]);
  });

  test('return policy: finite window without days', () => {
    const { node, problems } = runWithPath(buildMerchantReturnPolicy, { applicableCountry: ['SE'], returnPolicyCategory: 'MerchantReturnFiniteReturnWindow' }, 'returnPolicy');
    assert.equal(node, undefined);
    assert.deepStrictEqual(lines(problems), [
      'error returnPolicy.merchantReturnDays: a whole number of days (required for MerchantReturnFiniteReturnWindow)',
    ]);
  });

  test('return policy: ReturnShippingFees needs an amount; other fees take none', () => {
    const noAmount = runWithPath(buildMerchantReturnPolicy, { applicableCountry: ['SE'], returnPolicyCategory: 'MerchantReturnUnlimitedWindow', returnFees: 'ReturnShippingFees' });
    assert.deepStrictEqual(parsed(noAmount.node), {
      '@type': 'MerchantReturnPolicy',
      applicableCountry: ['SE'],
      returnPolicyCategory: 'https://schema.org/MerchantReturnUnlimitedWindow',
    });
    assert.deepStrictEqual(lines(noAmount.problems), [
      'error returnPolicy.returnShippingFeesAmount: an amount above 0 (required with returnFees ReturnShippingFees; returnFees was left out)',
    ]);
    const zero = runWithPath(buildMerchantReturnPolicy, {
      applicableCountry: ['SE'],
      returnPolicyCategory: 'MerchantReturnUnlimitedWindow',
      returnFees: 'ReturnShippingFees',
      returnShippingFeesAmount: { value: 0, currency: 'SEK' },
    });
    assert.equal(parsed(zero.node).returnFees, undefined);
    assert.deepStrictEqual(lines(zero.problems), ['error returnPolicy.returnShippingFeesAmount.value: a number above 0 (no symbols or separators)']);
    const free = runWithPath(buildMerchantReturnPolicy, {
      applicableCountry: ['SE'],
      returnPolicyCategory: 'MerchantReturnUnlimitedWindow',
      returnFees: 'FreeReturn',
      returnShippingFeesAmount: { value: 5, currency: 'SEK' },
    });
    assert.equal(parsed(free.node).returnFees, 'https://schema.org/FreeReturn');
    assert.equal(parsed(free.node).returnShippingFeesAmount, undefined);
    assert.deepStrictEqual(lines(free.problems), ['error returnPolicy.returnShippingFeesAmount: no amount unless returnFees is ReturnShippingFees']);
  });

  test('return policy: country names, more than 50 countries, missing category, offer-level link', () => {
    const names = runWithPath(buildMerchantReturnPolicy, { applicableCountry: ['Sweden', 'se', 'FI'], returnPolicyCategory: 'MerchantReturnNotPermitted' });
    assert.deepStrictEqual(parsed(names.node).applicableCountry, ['FI']);
    assert.deepStrictEqual(
      names.problems.map((p) => p.path),
      ['returnPolicy.applicableCountry[0]', 'returnPolicy.applicableCountry[1]'],
    );
    const codes = Array.from({ length: 60 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    const many = runWithPath(buildMerchantReturnPolicy, { applicableCountry: codes, returnPolicyCategory: 'MerchantReturnNotPermitted' });
    assert.equal(parsed(many.node).applicableCountry.length, 50);
    assert.deepStrictEqual(lines(many.problems), ['error returnPolicy.applicableCountry: at most 50 items (the rest were left out)']);
    const noCategory = runWithPath(buildMerchantReturnPolicy, { applicableCountry: ['SE'] });
    assert.equal(noCategory.node, undefined);
    assert.deepStrictEqual(lines(noCategory.problems), [
      'error returnPolicy.returnPolicyCategory: one of MerchantReturnFiniteReturnWindow, MerchantReturnNotPermitted, MerchantReturnUnlimitedWindow (required)',
    ]);
    const offerLevel = runWithPath(
      buildMerchantReturnPolicy,
      { applicableCountry: ['SE'], returnPolicyCategory: 'MerchantReturnNotPermitted', merchantReturnLink: 'https://shop.example/returns', refundType: 'FullRefund' },
      'returnPolicy',
      'offer',
    );
    assert.deepStrictEqual(parsed(offerLevel.node), {
      '@type': 'MerchantReturnPolicy',
      applicableCountry: ['SE'],
      returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted',
    });
    assert.deepStrictEqual(
      offerLevel.problems.map((p) => p.path),
      ['returnPolicy.merchantReturnLink', 'returnPolicy.refundType'],
    );
  });

  test('shipping: currency must match the offer, value at least 0, whole days, regions or postal codes', () => {
    const { node, problems } = run(buildProduct, {
      product: product({ offers: [{ price: '10.00', priceCurrency: 'EUR' }] }),
      shipping: [
        { shippingRate: { value: 4, currency: 'SEK' }, shippingDestination: [{ addressCountry: 'SE' }] },
        { shippingRate: { value: -1, currency: 'EUR' }, shippingDestination: [{ addressCountry: 'SE' }] },
        {
          shippingRate: { value: 2.5, currency: 'EUR' },
          shippingDestination: [{ addressCountry: 'Sweden' }, { addressCountry: 'SE', addressRegion: ['AB'] }, { addressCountry: 'DE' }],
          transitTime: { minValue: 1.5, maxValue: 3 },
        },
        { shippingRate: { value: 9, currency: 'EUR' }, shippingDestination: [{ addressCountry: 'US', addressRegion: ['NY'], postalCode: ['10001'] }] },
      ],
    });
    assert.deepStrictEqual(parsed(node).offers[0].shippingDetails, [
      {
        '@type': 'OfferShippingDetails',
        shippingRate: { '@type': 'MonetaryAmount', value: 2.5, currency: 'EUR' },
        shippingDestination: [{ '@type': 'DefinedRegion', addressCountry: 'DE' }],
      },
    ]);
    assert.deepStrictEqual(lines(problems), [
      'error shipping[1].shippingRate.value: a number of at least 0 (no symbols or separators)',
      'error shipping[2].shippingDestination[0].addressCountry: a two-letter ISO 3166-1 country code in upper case, such as SE',
      'error shipping[2].shippingDestination[1].addressRegion: regions only for US, AU or JP (the destination was left out)',
      'error shipping[2].transitTime.minValue: a whole number of days of at least 0',
      'error shipping[2].transitTime: whole numbers of days with minValue not above maxValue',
      'error shipping[3].shippingDestination[0]: addressRegion or postalCode, not both (the destination was left out)',
      'error shipping[3].shippingDestination: at least one usable destination (the shipping details were left out)',
      "error shipping[0].shippingRate.currency: the currency of product.offers[0], EUR (left out of that offer)",
    ]);
  });

  test('return policy and shipping without an offer are reported', () => {
    const { node, problems } = run(buildProduct, {
      product: product({ offers: [] }),
      returnPolicy: { applicableCountry: ['SE'], returnPolicyCategory: 'MerchantReturnNotPermitted' },
    });
    assert.equal(node.offers, undefined);
    assert.deepStrictEqual(
      lines(problems).filter((l) => l.startsWith('error')),
      ['error returnPolicy: an offer to attach to (return policy and shipping are emitted on product.offers; they were left out)'],
    );
  });

  test('certifications: issuer and name required, at most 10, EPREL needs its code', () => {
    const cert = { name: 'Organic', issuedBy: 'KRAV' };
    const { node, problems } = run(buildProduct, {
      product: product(),
      certifications: [{ name: 'Organic' }, { issuedBy: 'KRAV' }, { name: 'EPREL', issuedBy: 'EC' }, ...Array(10).fill(cert)],
    });
    assert.equal(node.hasCertification.length, 8);
    assert.deepStrictEqual(lines(problems), [
      'error certifications: at most 10 items (the rest were left out)',
      'error certifications[0].issuedBy: the issuing organization name (required)',
      'error certifications[1].name: the certification name (required)',
      'warning certifications[2].certificationIdentification: the EPREL code (required by Google for EU energy labels)',
    ]);
  });
});

/* ----------------------------------------------------------------- importer */

describe('importJsonLd', () => {
  test('round trip: build → serialize → import gives back product, aggregate and reviews', () => {
    const input = {
      product: product(),
      aggregate: aggregate({ ratingValue: 4.33, reviewCount: 3, ratingCount: 7 }),
      reviews: [
        review(),
        review({ id: 'r2', rating: 4, author: { name: 'Acme Testers', display: 'full', type: 'organization' }, title: undefined, language: undefined }),
        review({ id: 'r3', rating: 4, body: undefined, date: date('2023-12-31') }),
      ],
      scale: SCALE,
    };
    const problems = new ProblemList();
    const text = serializeJsonLd(buildProduct(input, problems));
    assert.deepStrictEqual(problems.items, []);
    const { value, problems: importProblems } = importJsonLd(JSON.parse(text));
    assert.deepStrictEqual(importProblems, []);
    assert.deepStrictEqual(value.product, input.product);
    assert.deepStrictEqual(value.aggregate, input.aggregate);
    assert.deepStrictEqual(value.scale, SCALE);
    const comparable = (r) => ({ author: r.author, rating: r.rating, title: r.title, body: r.body, date: r.date, language: r.language });
    assert.deepStrictEqual(value.reviews.map(comparable), input.reviews.map(comparable));
    assert.deepStrictEqual(value.reviews.map((r) => r.id), ['jsonld-1', 'jsonld-2', 'jsonld-3']);
    assert.ok(value.reviews.every((r) => r.provenance === 'imported'));

    // The text form and the SSR string give the same result.
    assert.deepStrictEqual(importJsonLd(text).value, value);
  });

  test('@graph with standalone reviews linked by @id, http context, @type lists and string numbers', () => {
    const markup = {
      '@context': 'http://schema.org/',
      '@graph': [
        { '@type': 'WebSite', name: 'Shop' },
        {
          '@type': ['Product', 'Car'],
          '@id': '/p/car#product',
          name: 'Toy car',
          image: [{ '@type': 'ImageObject', url: '/img/car.jpg' }, 'https://cdn.shop.example/car2.jpg'],
          brand: { '@type': 'Brand', name: 'Acme' },
          gtin13: 4006381333931,
          offers: { '@type': 'Offer', price: 9.9, priceCurrency: 'SEK', availability: 'http://schema.org/OutOfStock' },
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '8.5', bestRating: '10', worstRating: '0', ratingCount: '12' },
        },
        {
          '@type': 'Review',
          '@id': 'https://shop.example/p/car#review-7',
          itemReviewed: { '@id': 'https://shop.example/p/car#product' },
          author: 'Bo',
          reviewRating: { '@type': 'Rating', ratingValue: '9', bestRating: 10, worstRating: 0 },
          datePublished: '2024-03-02T10:00:00Z',
          reviewBody: 'Fast!',
        },
        {
          '@type': 'Review',
          itemReviewed: { '@id': 'https://shop.example/p/other#product' },
          author: { '@type': 'Person', name: 'Cy' },
          reviewRating: { ratingValue: 5 },
          datePublished: '2024-03-02',
        },
      ],
    };
    const { value, problems } = importJsonLd(markup, { baseUrl: 'https://shop.example/p/car' });
    assert.deepStrictEqual(value.product, {
      id: 'https://shop.example/p/car#product',
      name: 'Toy car',
      brand: 'Acme',
      gtin: '4006381333931',
      image: ['https://shop.example/img/car.jpg', 'https://cdn.shop.example/car2.jpg'],
      offers: [{ price: '9.9', priceCurrency: 'SEK', availability: 'OutOfStock' }],
    });
    assert.deepStrictEqual(value.aggregate, { ratingValue: 8.5, reviewCount: 0, ratingCount: 12, scale: { best: 10, worst: 0 } });
    assert.deepStrictEqual(value.scale, { best: 10, worst: 0 });
    assert.equal(value.reviews.length, 1);
    const [only] = value.reviews;
    assert.equal(only.id, 'https://shop.example/p/car#review-7');
    assert.deepStrictEqual(only.author, { name: 'Bo', display: 'full', type: 'person' });
    assert.equal(only.rating, 9);
    assert.equal(only.body, 'Fast!');
    assert.deepStrictEqual(only.date, date('2024-03-02T10:00:00Z'));
    assert.deepStrictEqual(lines(problems), [
      'warning jsonld.@graph[3].itemReviewed: a reference to the product by @id (this node was not imported)',
    ]);
  });

  test('an array of blocks, https context, nested review list with bad entries reported', () => {
    const markup = [
      { '@context': 'https://schema.org', '@type': 'Organization', name: 'Shop' },
      {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Mug',
        review: [
          { '@type': 'Review', author: { '@type': 'Person', name: 'Ann' }, reviewRating: { ratingValue: 4 }, datePublished: '2024-01-01', name: 'Good' },
          { '@type': 'Review', author: { '@type': 'Person' }, reviewRating: { ratingValue: 4 }, datePublished: '2024-01-01' },
          { '@type': 'Review', author: 'Dee', datePublished: '2024-01-01' },
          { '@type': 'Review', author: 'Eve', reviewRating: { ratingValue: '4,4' }, datePublished: '2024-01-01' },
          { '@type': 'Review', author: 'Fay', reviewRating: { ratingValue: 6 }, datePublished: '2024-01-01' },
          { '@type': 'Review', author: 'Gus', reviewRating: { ratingValue: 3 } },
          { '@type': 'Review', author: { '@type': 'Organization', name: 'Acme Labs' }, reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1 }, datePublished: '2024-01-02' },
        ],
      },
    ];
    const { value, problems } = importJsonLd(markup);
    assert.deepStrictEqual(
      value.reviews.map((r) => [r.id, r.author.name, r.author.type, r.rating, r.title]),
      [
        ['jsonld-1', 'Ann', 'person', 4, 'Good'],
        ['jsonld-7', 'Acme Labs', 'organization', 2, undefined],
      ],
    );
    assert.deepStrictEqual(lines(problems), [
      'error jsonld[1].review[1].author.name: an author name (the review was left out)',
      'error jsonld[1].review[2].reviewRating.ratingValue: a rating (the review was left out)',
      'error jsonld[1].review[3].reviewRating.ratingValue: a dot-decimal number from 1 to 5 (the review was left out)',
      'error jsonld[1].review[4].reviewRating.ratingValue: a dot-decimal number from 1 to 5 (the review was left out)',
      'error jsonld[1].review[5].datePublished: a publication date (the review was left out)',
    ]);
  });

  test('missing fields, bad text, other contexts and offers are reported', () => {
    assert.deepStrictEqual(lines(importJsonLd('{not json').problems), ['error jsonld: the JSON text of one application/ld+json block']);
    assert.deepStrictEqual(importJsonLd('{not json').value, { reviews: [], scale: SCALE });

    const other = importJsonLd({ '@context': 'https://example.org/vocab', '@type': 'Product', name: 'X' });
    assert.equal(other.value.product, undefined);
    assert.deepStrictEqual(lines(other.problems), ['error jsonld.@context: https://schema.org (this block was not read)']);

    const noName = importJsonLd({ '@context': 'https://schema.org', '@type': 'Product', offers: [{ '@type': 'AggregateOffer', lowPrice: 1 }] });
    assert.equal(noName.value.product, undefined);
    assert.deepStrictEqual(lines(noName.problems), ['error jsonld.name: a product name (the product was left out)']);

    const offers = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'X',
      offers: [
        { '@type': 'AggregateOffer', lowPrice: '1.00', priceCurrency: 'EUR' },
        { '@type': 'Offer', price: '$19,99', priceCurrency: 'USD' },
        { '@type': 'Offer', price: '19.99', priceCurrency: 'usd' },
        { '@type': 'Offer', priceSpecification: [{ price: '25.00', priceCurrency: 'EUR', priceType: 'https://schema.org/StrikethroughPrice' }, { price: '19.00', priceCurrency: 'EUR' }] },
      ],
      aggregateRating: { ratingValue: 4.5 },
    });
    assert.deepStrictEqual(offers.value.product.offers, [{ price: '19.00', priceCurrency: 'EUR' }]);
    assert.equal(offers.value.aggregate, undefined);
    assert.deepStrictEqual(lines(offers.problems), [
      'warning jsonld.offers[0]: an Offer (an AggregateOffer has no single price and was left out)',
      'error jsonld.offers[1].price: a price in dot-decimal form without symbols or separators (the offer was left out)',
      'error jsonld.offers[2].priceCurrency: a three-letter ISO 4217 currency code in upper case (the offer was left out)',
      'error jsonld.aggregateRating.reviewCount: reviewCount or ratingCount (the aggregate rating was left out)',
    ]);
  });

  test('reviews on another scale than the first are left out; ids are unique', () => {
    const { value, problems } = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Mug',
      review: [
        { '@id': 'dup', author: 'A', reviewRating: { ratingValue: 4 }, datePublished: '2024-01-01' },
        { '@id': 'dup', author: 'B', reviewRating: { ratingValue: 3 }, datePublished: '2024-01-01' },
        { author: 'C', reviewRating: { ratingValue: 8, bestRating: 10 }, datePublished: '2024-01-01' },
      ],
    });
    assert.deepStrictEqual(value.reviews.map((r) => r.id), ['dup', 'jsonld-2']);
    assert.deepStrictEqual(lines(problems), ['error jsonld.review[2].reviewRating: the scale of the other reviews, 1 to 5 (the review was left out)']);
  });

  test('a product named only in a standalone review, and a WebPage mainEntity', () => {
    const standalone = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Review',
      itemReviewed: { '@type': 'Product', name: 'Kettle' },
      author: { '@type': 'Person', name: 'Ann' },
      reviewRating: { '@type': 'Rating', ratingValue: 5 },
      datePublished: '2024-01-01',
    });
    assert.deepStrictEqual(standalone.value.product, { name: 'Kettle', image: [], offers: [] });
    assert.equal(standalone.value.reviews.length, 1);
    assert.deepStrictEqual(standalone.problems, []);

    const page = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'ItemPage',
      mainEntity: { '@type': 'Product', name: 'Kettle', aggregateRating: { ratingValue: 4, reviewCount: 9 } },
    });
    assert.equal(page.value.product.name, 'Kettle');
    assert.deepStrictEqual(page.value.aggregate, { ratingValue: 4, reviewCount: 9, scale: SCALE });
  });

  test('a blank @id reference does not pull in a review of another product', () => {
    const markup = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Product', name: 'K', review: [{ '@id': '  ' }] },
        { '@type': 'Review', itemReviewed: { name: 'Other product' }, author: 'Eve', reviewRating: { ratingValue: 1 } },
      ],
    };
    const { value, problems } = importJsonLd(markup);
    assert.deepStrictEqual(value.reviews, []);
    assert.ok(problems.some((p) => p.path === 'jsonld.@graph[1].itemReviewed'));
  });

  test('percentages and fractions are reported, not converted; nodes nested too deep are reported, not dropped silently', () => {
    const { value, problems } = importJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'K',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '60%', reviewCount: 3 },
    });
    assert.equal(value.aggregate, undefined);
    assert.match(problems.find((p) => p.path.endsWith('aggregateRating.ratingValue')).expected, /not a percentage or fraction/);
    let deep = { '@type': 'Product', name: 'Deep' };
    for (let i = 0; i < 10; i++) deep = [deep];
    const nested = importJsonLd({ '@context': 'https://schema.org', '@graph': deep });
    assert.equal(nested.value.product, undefined);
    assert.ok(nested.problems.some((p) => /nested at most 8 levels/.test(p.expected)));
  });

  test('never throws on odd input', () => {
    for (const bad of [undefined, null, 42, '', '[]', '"text"', [[[]]], { '@graph': 'x' }, () => 1]) {
      assert.doesNotThrow(() => importJsonLd(bad));
    }
  });
});

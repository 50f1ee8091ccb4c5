import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/components/product/product.js';
import '../../src/components/review-list/review-list.js';
import '../../src/components/review-summary/review-summary.js';
import type { TrustProduct } from '../../src/components/product/product.component.js';
import { captureConsole, type ConsoleCapture } from './helpers.js';

const ID = 'https://shop.example/p/kettle#product';

/** Every JSON-LD block trust-signals wrote, parsed. */
function blocks(): Array<Record<string, any>> {
  return [...document.querySelectorAll('script[type="application/ld+json"][data-trust-signals-jsonld]')].map((s) => JSON.parse(s.textContent!));
}

function blocksFor(id: string) {
  return blocks().filter((b) => b['@id'] === id);
}

/** JSON-LD blocks inside any shadow root (there must never be one). */
function shadowBlocks(): number {
  let n = 0;
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        n += el.shadowRoot.querySelectorAll('script[type="application/ld+json"]').length;
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return n;
}

const flush = async () => {
  for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 5));
};

// The JSON-LD writer is loaded on demand; load it once up front so each test's wait is short.
before(() => import('../../src/internal/jsonld-writer.js'));

function feed(ids: string[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    disclosure: { verification: 'verified-buyers-only' },
    reviews: ids.map((id, i) => ({
      id,
      author: { name: `Author ${id}`, display: 'full' },
      rating: 5 - (i % 3),
      title: `Title ${id}`,
      body: `Body ${id}`,
      date: '2026-05-0' + ((i % 9) + 1),
      provenance: 'verified-purchase',
    })),
    ...extra,
  };
}

describe('JSON-LD: one graph per product', () => {
  let log: ConsoleCapture;
  beforeEach(() => (log = captureConsole()));
  afterEach(async () => {
    log.restore();
    fixtureCleanup();
    await flush();
  });

  it('<trust-product> from attributes emits one Product node in the light DOM', async () => {
    await fixture(html`<trust-product product-id=${ID} name="Nordlys kettle" sku="K-1" brand="Fjällbo" price="649.00" currency="SEK" availability="InStock"></trust-product>`);
    await flush();
    expect(blocksFor(ID)).to.deep.equal([
      {
        '@context': 'https://schema.org',
        '@type': 'Product',
        '@id': ID,
        name: 'Nordlys kettle',
        sku: 'K-1',
        brand: { '@type': 'Brand', name: 'Fjällbo' },
        offers: [{ '@type': 'Offer', price: '649.00', priceCurrency: 'SEK', availability: 'https://schema.org/InStock' }],
      },
    ]);
    const script = document.querySelector(`script[data-trust-signals-jsonld]`)!;
    expect(script.parentElement).to.equal(document.head);
    expect(shadowBlocks()).to.equal(0);
  });

  it('merges the aggregate and the shown reviews of the widgets inside, with exactly one aggregate', async () => {
    const wrapper = await fixture(html`<trust-product product-id=${ID} name="Kettle">
      <trust-review-summary for="l"></trust-review-summary>
      <trust-review-list id="l" .data=${feed(['a', 'b', 'c', 'd'])}></trust-review-list>
    </trust-product>`);
    await flush();
    const [node] = blocksFor(ID);
    expect(blocksFor(ID)).to.have.length(1);
    expect(node!['aggregateRating']).to.deep.equal({ '@type': 'AggregateRating', ratingValue: 4.25, reviewCount: 4, bestRating: 5, worstRating: 1 });
    expect(node!['review'].map((r: any) => r.name)).to.deep.equal(['Title d', 'Title c', 'Title b', 'Title a']);
    expect(node!['review'][1]).to.deep.equal({
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Author c' },
      datePublished: '2026-05-03',
      reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1 },
      name: 'Title c',
      reviewBody: 'Body c',
    });
    expect(wrapper.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    expect(shadowBlocks()).to.equal(0);
  });

  it('keeps exactly one block per @id through adds, updates and removals', async () => {
    const product = await fixture<TrustProduct>(html`<trust-product product-id=${ID} name="Kettle"></trust-product>`);
    await flush();
    expect(blocksFor(ID)).to.have.length(1);
    const first = document.createElement('trust-review-list') as HTMLElement & { data: unknown };
    first.data = feed(['a', 'b']);
    product.append(first);
    await flush();
    expect(blocksFor(ID)).to.have.length(1);
    expect(blocksFor(ID)[0]!['review']).to.have.length(2);
    const second = document.createElement('trust-review-list') as HTMLElement & { data: unknown };
    second.data = feed(['b', 'c']);
    product.append(second);
    await flush();
    expect(blocksFor(ID)).to.have.length(1);
    expect(blocksFor(ID)[0]!['review'].map((r: any) => r.name).sort()).to.deep.equal(['Title a', 'Title b', 'Title c']);
    product.setAttribute('name', 'Kettle, renamed');
    await flush();
    expect(blocksFor(ID)).to.have.length(1);
    expect(blocksFor(ID)[0]!['name']).to.equal('Kettle, renamed');
    first.remove();
    await flush();
    expect(blocksFor(ID)[0]!['review'].map((r: any) => r.name).sort()).to.deep.equal(['Title b', 'Title c']);
    second.data = feed(['d']);
    await flush();
    expect(blocksFor(ID)[0]!['review'].map((r: any) => r.name)).to.deep.equal(['Title d']);
    product.remove();
    await flush();
    expect(blocksFor(ID)).to.have.length(0);
    expect(blocks()).to.have.length(0);
  });

  it('keeps one block per @id while the widgets of two products come, move and go', async () => {
    const TEAPOT = 'https://shop.example/p/teapot#product';
    const wrapper = await fixture<HTMLElement>(html`<div>
      <trust-product product-id=${ID} name="Kettle"></trust-product>
      <trust-product product-id=${TEAPOT} name="Teapot"></trust-product>
    </div>`);
    const [kettle, teapot] = wrapper.querySelectorAll('trust-product');
    const widget = (tag: string, ids: string[]) => Object.assign(document.createElement(tag), { data: feed(ids) });
    const titles = (id: string) => (blocksFor(id)[0]!['review'] ?? []).map((r: any) => r.name).sort();
    const list = widget('trust-review-list', ['a1', 'a2']);
    kettle!.append(list);
    teapot!.append(widget('trust-review-list', ['b1']));
    await flush();
    expect([blocksFor(ID).length, blocksFor(TEAPOT).length]).to.deep.equal([1, 1]);
    expect(titles(ID)).to.deep.equal(['Title a1', 'Title a2']);
    expect(titles(TEAPOT)).to.deep.equal(['Title b1']);
    teapot!.append(list); // the list moves to the other product
    await flush();
    expect(titles(ID)).to.deep.equal([]);
    expect(titles(TEAPOT)).to.deep.equal(['Title a1', 'Title a2', 'Title b1']);
    kettle!.append(widget('trust-review-summary', ['c1', 'c2', 'c3']));
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']['reviewCount']).to.equal(3);
    teapot!.remove();
    await flush();
    expect(blocks().map((b) => b['@id'])).to.deep.equal([ID]);
    expect(shadowBlocks()).to.equal(0);
  });

  it('two different ratings inside one product: the first on the page is used, and the conflict is reported once', async () => {
    await import('../../src/components/star-rating/star-rating.js');
    const product = await fixture<TrustProduct>(html`<trust-product product-id=${ID} name="Kettle"></trust-product>`);
    const rating = (value: string, count: string) => {
      const el = document.createElement('trust-star-rating');
      el.setAttribute('value', value);
      el.setAttribute('count', count);
      return el;
    };
    product.append(rating('2.1', '500')); // another product's rating, placed inside by mistake
    await flush();
    const own = rating('4.9', '12');
    product.prepend(own); // arrives later, but comes first on the page
    await flush();
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']).to.include({ ratingValue: 4.9, reviewCount: 12 });
    const conflicts = log.warnings.filter((w) => /two different ratings/.test(w));
    expect(conflicts).to.have.length(1);
    expect(conflicts[0]).to.contain('4.9 from 12').and.to.contain('2.1 from 500').and.to.contain(ID);
  });

  it('page order holds when a rating sits in another element\'s shadow root', async () => {
    await import('../../src/components/star-rating/star-rating.js');
    if (!customElements.get('shop-badge')) {
      customElements.define(
        'shop-badge',
        class extends HTMLElement {
          connectedCallback() {
            if (this.shadowRoot) return;
            const rating = document.createElement('trust-star-rating');
            rating.setAttribute('value', this.getAttribute('value')!);
            rating.setAttribute('count', '7');
            this.attachShadow({ mode: 'open' }).append(rating);
          }
        },
      );
    }
    const product = await fixture<TrustProduct>(html`<trust-product product-id=${ID} name="Kettle"></trust-product>`);
    const rating = (value: string) => {
      const el = document.createElement('trust-star-rating');
      el.setAttribute('value', value);
      el.setAttribute('count', '7');
      return el;
    };
    const badge = () => Object.assign(document.createElement('shop-badge'), {});
    // Page order: a (4.0), the badge's rating (3.0), b (2.0), c (1.5); they arrive as b, badge, c, a.
    const [a, b, c] = [rating('4'), rating('2'), rating('1.5')];
    const shadowed = badge();
    shadowed.setAttribute('value', '3');
    product.append(b);
    await flush();
    b.before(shadowed);
    await flush();
    product.append(c);
    await flush();
    product.prepend(a);
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']['ratingValue']).to.equal(4);
    a.remove();
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']['ratingValue']).to.equal(3);
  });

  it('two products with the same name and no @id but different skus keep one block each', async () => {
    await import('../../src/components/star-rating/star-rating.js');
    await fixture(html`<div>
      <trust-product name="Gift card" sku="GC-25"><trust-star-rating value="4.5" count="10"></trust-star-rating></trust-product>
      <trust-product name="Gift card" sku="GC-50"><trust-star-rating value="3.5" count="4"></trust-star-rating></trust-product>
    </div>`);
    await flush();
    expect(blocks().map((b) => [b['sku'], b['aggregateRating']['ratingValue']])).to.deep.equal([
      ['GC-25', 4.5],
      ['GC-50', 3.5],
    ]);
    expect(log.warnings.filter((w) => /two different ratings/.test(w))).to.deep.equal([]);
  });

  it('ratings that agree (same count, values within rounding) are not a conflict', async () => {
    await import('../../src/components/star-rating/star-rating.js');
    await fixture(html`<trust-product product-id=${ID} name="Kettle">
      <trust-star-rating value="4.06" count="36"></trust-star-rating>
      <trust-star-rating value="4.1" count="36"></trust-star-rating>
    </trust-product>`);
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']).to.include({ ratingValue: 4.06, reviewCount: 36 });
    expect(log.warnings.filter((w) => /two different ratings/.test(w))).to.deep.equal([]);
  });

  it('moves the block when the product id changes (never two)', async () => {
    const product = await fixture<TrustProduct>(html`<trust-product product-id=${ID} name="Kettle"></trust-product>`);
    await flush();
    product.setAttribute('product-id', 'https://shop.example/p/other#product');
    await flush();
    expect(blocksFor(ID)).to.have.length(0);
    expect(blocksFor('https://shop.example/p/other#product')).to.have.length(1);
  });

  it('a widget alone emits its own block when its feed names the product, and nothing when it does not', async () => {
    await fixture(html`<div>
      <trust-review-list .data=${feed(['a'], { product: { id: ID, name: 'Feed kettle' } })}></trust-review-list>
      <trust-review-summary .data=${feed(['a'], { product: { id: ID, name: 'Feed kettle' } })}></trust-review-summary>
      <trust-review-list .data=${feed(['x'])}></trust-review-list>
    </div>`);
    await flush();
    expect(blocks()).to.have.length(1);
    expect(blocksFor(ID)[0]!['name']).to.equal('Feed kettle');
    expect(blocksFor(ID)[0]!['aggregateRating']['reviewCount']).to.equal(1);
  });

  it('jsonld="off" on the product or on a widget emits nothing for it', async () => {
    await fixture(html`<div>
      <trust-product product-id=${ID} name="Kettle" jsonld="off"><trust-review-list .data=${feed(['a'])}></trust-review-list></trust-product>
      <trust-review-list jsonld="off" .data=${feed(['b'], { product: { id: 'https://shop.example/p/b#product', name: 'B' } })}></trust-review-list>
    </div>`);
    await flush();
    expect(blocks()).to.have.length(0);
  });

  it('a <trust-star-rating> inside a product contributes its average and count as the aggregate', async () => {
    await import('../../src/components/star-rating/star-rating.js');
    await fixture(html`<trust-product product-id=${ID} name="Kettle"><trust-star-rating value="4.4" count="312"></trust-star-rating></trust-product>`);
    await flush();
    expect(blocksFor(ID)[0]!['aggregateRating']).to.deep.equal({ '@type': 'AggregateRating', ratingValue: 4.4, reviewCount: 312, bestRating: 5, worstRating: 1 });
  });

  it('adds no second aggregate when the theme already rates the product, and warns once', async () => {
    const theme = document.createElement('script');
    theme.type = 'application/ld+json';
    theme.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', '@id': ID, name: 'Kettle', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 9 } });
    document.head.append(theme);
    try {
      await fixture(html`<trust-product product-id=${ID} name="Kettle"><trust-review-list .data=${feed(['a', 'b'])}></trust-review-list></trust-product>`);
      await flush();
      expect(blocksFor(ID)).to.have.length(1);
      expect(blocksFor(ID)[0]!).not.to.have.property('aggregateRating');
      expect(log.warnings.filter((w) => /already has a rating/.test(w))).to.have.length(1);
    } finally {
      theme.remove();
    }
  });

  describe('recognises a theme\'s own rating of the product', () => {
    const SAME_HOST_ID = `${location.origin}/p/kettle#product`;
    const rated = { aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 9 } };
    const cases: Array<{ name: string; theme: unknown; productId?: string; secondAggregate: boolean }> = [
      { name: 'a full type URL', theme: { '@type': 'https://schema.org/Product', '@id': ID, name: 'Kettle', ...rated }, secondAggregate: false },
      { name: 'a ProductGroup', theme: { '@type': 'ProductGroup', '@id': ID, name: 'Kettle', ...rated }, secondAggregate: false },
      { name: "a WebPage's mainEntity", theme: { '@type': 'ItemPage', mainEntity: { '@type': 'Product', '@id': ID, name: 'Kettle', ...rated } }, secondAggregate: false },
      { name: 'a relative @id of the same page', theme: { '@type': 'Product', '@id': '/p/kettle#product', name: 'Kettle', ...rated }, productId: SAME_HOST_ID, secondAggregate: false },
      { name: 'an @id when ours has none, by name', theme: { '@type': 'Product', '@id': 'https://theme.example/#p', name: 'kettle ', ...rated }, productId: '', secondAggregate: false },
      { name: 'a standalone AggregateRating without itemReviewed', theme: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 9 }, secondAggregate: false },
      { name: 'not: another product (other @id)', theme: { '@type': 'Product', '@id': 'https://shop.example/p/teapot#product', name: 'Teapot', ...rated }, secondAggregate: true },
      { name: 'not: another product when ours has no @id (other name and sku)', theme: { '@type': 'Product', '@id': 'https://theme.example/#p', name: 'Teapot', sku: 'T-1', ...rated }, productId: '', secondAggregate: true },
      { name: "not: the shop's Organization rating", theme: { '@type': 'Organization', name: 'Shop', ...rated }, secondAggregate: true },
      {
        name: "not: the shop's rating as a top-level node the Organization points at",
        theme: { '@graph': [{ '@type': 'Organization', name: 'Shop', aggregateRating: { '@id': '#shop-rating' } }, { '@type': 'AggregateRating', '@id': '#shop-rating', ratingValue: 4, reviewCount: 9 }] },
        secondAggregate: true,
      },
      { name: 'not: a rating of another item', theme: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 9, itemReviewed: { '@type': 'Product', name: 'Teapot' } }, secondAggregate: true },
    ];
    for (const { name, theme, productId = ID, secondAggregate } of cases) {
      it(name, async () => {
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify({ '@context': 'https://schema.org', ...(theme as object) });
        document.head.append(script);
        try {
          await fixture(html`<trust-product product-id=${productId || undefined} name="Kettle"><trust-review-list .data=${feed(['a', 'b'])}></trust-review-list></trust-product>`);
          await flush();
          expect(blocks()).to.have.length(1);
          expect('aggregateRating' in blocks()[0]!).to.equal(secondAggregate);
          expect(log.warnings.filter((w) => /already has a rating/.test(w))).to.have.length(secondAggregate ? 0 : 1);
        } finally {
          script.remove();
        }
      });
    }

    /** Runs `check` with `markup` on the page as the theme's microdata, removed afterwards. */
    async function withMicrodata(markup: TemplateResult, check: (microdata: HTMLElement) => Promise<void>): Promise<void> {
      const microdata = document.createElement('div');
      render(markup, microdata);
      document.body.append(microdata);
      try {
        await check(microdata);
      } finally {
        microdata.remove();
      }
    }

    /** Our kettle with one review, and the block written for it. */
    async function ourKettle(): Promise<Record<string, any>> {
      await fixture(html`<trust-product product-id=${ID} name="Kettle"><trust-review-list .data=${feed(['a'])}></trust-review-list></trust-product>`);
      await flush();
      return blocksFor(ID)[0]!;
    }

    it('microdata: the product\'s own name counts, not that of a brand nested in it', () =>
      withMicrodata(
        html`<div itemscope itemtype="https://schema.org/Product">
          <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Fjällbo</span></div>
          <span itemprop="name">Kettle</span>
          <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"></div>
        </div>`,
        async () => {
          expect(await ourKettle()).not.to.have.property('aggregateRating');
        },
      ));

    it('microdata: a related product\'s rating nested in the product is not the product\'s', () =>
      withMicrodata(
        html`<div itemscope itemtype="https://schema.org/Product">
          <span itemprop="name">Kettle</span>
          <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product">
            <span itemprop="name">Teapot</span>
            <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"></div>
          </div>
        </div>`,
        async () => {
          expect(await ourKettle()).to.have.property('aggregateRating');
          expect(log.warnings.filter((w) => /already has a rating/.test(w))).to.deep.equal([]);
        },
      ));

    it('microdata: the same product by name, but not another product by itemid', () =>
      withMicrodata(
        html`<div itemscope itemtype="https://schema.org/Product" itemid="https://shop.example/p/teapot#product">
          <span itemprop="name">Teapot</span>
          <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"></div>
        </div>`,
        async (microdata) => {
          expect(await ourKettle()).to.have.property('aggregateRating');
          microdata.querySelector('[itemscope]')!.removeAttribute('itemid');
          microdata.querySelector('[itemprop="name"]')!.textContent = 'Kettle';
          fixtureCleanup();
          await flush();
          expect(await ourKettle()).not.to.have.property('aggregateRating');
        },
      ));
  });

  it('adopts a server block for a product without an @id: both sides key it by name', async () => {
    const ssr = document.createElement('script');
    ssr.type = 'application/ld+json';
    ssr.setAttribute('data-trust-signals-jsonld', 'name:Kettle');
    ssr.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle', description: 'Old' });
    document.head.append(ssr);
    await fixture(html`<trust-product name="Kettle" description="New"></trust-product>`);
    await flush();
    expect(blocks()).to.have.length(1);
    expect(blocks()[0]!['description']).to.equal('New');
    expect(ssr.isConnected).to.equal(true);
  });

  it('adopts a block rendered on the server instead of adding a second', async () => {
    const ssr = document.createElement('script');
    ssr.type = 'application/ld+json';
    ssr.setAttribute('data-trust-signals-jsonld', ID);
    ssr.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', '@id': ID, name: 'Old name' });
    document.head.append(ssr);
    await fixture(html`<trust-product product-id=${ID} name="New name"></trust-product>`);
    await flush();
    expect(blocksFor(ID)).to.have.length(1);
    expect(blocksFor(ID)[0]!['name']).to.equal('New name');
    expect(ssr.isConnected).to.equal(true);
  });

  it('jsonld="off" leaves a block the server printed in place', async () => {
    const ssr = document.createElement('script');
    ssr.type = 'application/ld+json';
    ssr.setAttribute('data-trust-signals-jsonld', ID);
    ssr.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', '@id': ID, name: 'From the server' });
    document.head.append(ssr);
    try {
      const product = await fixture(html`<trust-product product-id=${ID} name="Kettle" jsonld="off"><trust-review-list .data=${feed(['a'])}></trust-review-list></trust-product>`);
      await flush();
      expect(ssr.isConnected).to.equal(true);
      expect(blocksFor(ID)[0]!['name']).to.equal('From the server');
      product.remove();
      await flush();
      expect(ssr.isConnected).to.equal(true);
    } finally {
      ssr.remove();
    }
  });

  it('when src changes to a feed that fails, the old reviews leave the screen and the JSON-LD', async () => {
    const list = await fixture<HTMLElement & { src: string; feed: unknown }>(html`<trust-review-list src="/test-feed/reviews?count=5"></trust-review-list>`);
    const start = performance.now();
    while (blocksFor('https://shop.example/p/generated#product').length === 0 && performance.now() - start < 4000) await flush();
    expect(blocksFor('https://shop.example/p/generated#product')).to.have.length(1);
    list.src = '/test-feed/status/500';
    while (!list.shadowRoot!.querySelector('[role="alert"]') && performance.now() - start < 8000) await flush();
    await flush();
    expect(list.feed).to.equal(undefined);
    expect(blocksFor('https://shop.example/p/generated#product')).to.have.length(0);
  });

  it('escapes script-breakout strings: no "<" in the block, and the text parses back unchanged', async () => {
    const name = '</script><script>alert(1)</script><!--<script>';
    await fixture(html`<trust-product product-id=${ID} name=${name} description=${'a & b \u2028 c'}></trust-product>`);
    await flush();
    const script = document.querySelector('script[data-trust-signals-jsonld]')!;
    expect(script.textContent).not.to.contain('<');
    expect(blocksFor(ID)[0]!['name']).to.equal(name);
    expect(blocksFor(ID)[0]!['description']).to.equal('a & b \u2028 c');
  });

  it('reports a product without a name and emits nothing', async () => {
    await fixture(html`<trust-product product-id=${ID} sku="K-1"></trust-product>`);
    await flush();
    expect(blocks()).to.have.length(0);
    expect(log.errors.some((e) => /<trust-product> product\.name/.test(e))).to.equal(true);
  });
});

describe('JSON-LD under a strict Content-Security-Policy with Trusted Types', () => {
  async function runPage(csp: string): Promise<Record<string, any>> {
    const frame = document.createElement('iframe');
    const result = new Promise<Record<string, any>>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame.contentWindow) {
          window.removeEventListener('message', onMessage);
          resolve(event.data);
        }
      };
      window.addEventListener('message', onMessage);
    });
    frame.src = new URL(`./fixtures/csp-page.html?csp=${csp}`, import.meta.url).href;
    document.body.append(frame);
    try {
      return await result;
    } finally {
      frame.remove();
    }
  }

  it('with the documented policies: every widget renders, one JSON-LD block per product, zero violations', async () => {
    const page = await runPage('strict');
    expect(page['violations']).to.deep.equal([]);
    expect(page['cards']).to.equal(2);
    expect(page['form']).to.equal(true);
    expect(page['rating']).to.equal('4.5 out of 5 stars, 2 reviews');
    expect(page['blocks']).to.have.length(2);
    const [node, teapot] = page['blocks'].map((b: string) => JSON.parse(b));
    expect(node['@id']).to.equal('https://shop.example/p/csp#product');
    expect(node['review']).to.have.length(2);
    expect(teapot['@id']).to.equal('https://shop.example/p/csp-teapot#product');
    expect(teapot['aggregateRating']['ratingValue']).to.equal(3.5);
    expect(page['shadowScripts']).to.equal(0);
    expect(page['xss']).to.equal(false);
  });

  it('when the page does not allow the JSON-LD policy: widgets still render, no block, one warning for the page (two products)', async () => {
    const page = await runPage('blocked');
    expect(page['cards']).to.equal(2);
    expect(page['rating']).to.equal('4.5 out of 5 stars, 2 reviews');
    expect(page['blocks']).to.have.length(0);
    expect(page['warnings'].filter((w: string) => /trust-signals-jsonld/.test(w))).to.have.length(1);
    expect(page['violations'].every((v: string) => v.startsWith('trusted-types'))).to.equal(true);
  });
});

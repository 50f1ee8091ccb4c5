/**
 * The demo product page rendered on the server (served at /ssr.html), as a
 * Node-based CMS would do it: the elements render to declarative shadow DOM
 * with @lit-labs/ssr, their data is printed as inline JSON for the browser to
 * pick up, and the product's JSON-LD is in <head> before any script runs.
 * Crawlers and visitors without JavaScript see the rating, the reviews and
 * the disclosure; with JavaScript the elements hydrate in place.
 *
 * Run `node demo/ssr.mjs > page.html` to print the page.
 */
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { feedPage } from './serve.mjs';

// The built library: registers every element for the server renderer.
await import('../dist/index.js');
const { buildProduct, ProblemList, parseReviewFeed, renderJsonLdScript, serializeJsonLd } = await import('../dist/index.js');

const PAGE_URL = 'https://fjallbo.example/products/nordlys-kettle';

/**
 * Inline JSON for an element to read in the browser. The serializer escapes
 * `<`, so the text cannot end the script element early; this is the one
 * place raw HTML is written, and only serializer output goes in.
 */
const inlineJson = (data) => unsafeHTML(`<script type="application/json">${serializeJsonLd(data)}</script>`);

function productSection(firstPage, summaryFeed) {
  return html`<trust-product
      product-id="https://fjallbo.example/products/nordlys-kettle#product"
      name="Nordlys electric kettle, 1.5 l, brushed steel"
      sku="FJ-NORDLYS-15"
      gtin="7350012345679"
      brand="Fjällbo"
      image="/img/nordlys-front.svg"
      url="https://fjallbo.example/products/nordlys-kettle"
      description="Electric kettle in brushed stainless steel with a 1.5 litre capacity and 2,200 W element."
      price="649.00"
      currency="SEK"
      availability="InStock"
    >
      <article class="product">
        <div class="gallery">
          <img src="/img/nordlys-front.svg" alt="The Nordlys kettle from the front, brushed steel with a black handle" width="480" height="480" />
          <img src="/img/nordlys-side.svg" alt="The Nordlys kettle from the side, showing the spout and the lid button" width="120" height="120" />
        </div>
        <div class="buy">
          <p class="eyebrow">Fjällbo · Kitchen</p>
          <h1>Nordlys electric kettle, 1.5 l, brushed steel</h1>
          <a class="rating-link" href="#reviews"><trust-star-rating value="4.06" count="36"></trust-star-rating></a>
          <p class="price">649,00 kr</p>
          <p class="stock">In stock · delivered in 2–4 working days</p>
          <button class="cta" type="button">Add to cart</button>
          <p>
            Brushed stainless steel, 1.5 litres and a 2,200 W element. A removable limescale filter in the spout, automatic
            shut-off, boil-dry protection, a 360° base with a 75 cm cord, and a soft light ring in the base while it heats.
          </p>
        </div>
      </article>

      <section id="reviews" class="reviews" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Customer reviews</h2>
        <div class="reviews-grid">
          <div class="summary-column">
            <trust-review-summary for="review-list" .data=${summaryFeed}>${inlineJson(summaryFeed)}</trust-review-summary>
            <a class="write" href="#write">Write a review</a>
          </div>
          <trust-review-list id="review-list" page-size="10" .data=${firstPage}>${inlineJson(firstPage)}</trust-review-list>
        </div>
      </section>

      <section id="write" class="write-review" aria-labelledby="write-heading">
        <h2 id="write-heading">Write a review</h2>
        <trust-review-form action="/api/reviews" terms-url="/review-policy.html" product-name="Nordlys electric kettle" photos></trust-review-form>
      </section>
    </trust-product>

    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">You may also like</h2>
      <ul>
        <li>
          <img src="/img/review-kitchen.svg" alt="" width="160" height="120" />
          <a href="/">Fjällbo teapot, 1 l</a>
          <trust-star-rating value="4.7" count="58"></trust-star-rating>
          <span class="price">399,00 kr</span>
        </li>
        <li>
          <img src="/img/review-box.svg" alt="" width="160" height="120" />
          <a href="/">Nordlys toaster, 2 slots</a>
          <trust-star-rating value="3.9" count="112"></trust-star-rating>
          <span class="price">549,00 kr</span>
        </li>
        <li>
          <img src="/img/review-lid.svg" alt="" width="160" height="120" />
          <a href="/">Limescale filter, 2-pack</a>
          <trust-star-rating value="4.2" count="9"></trust-star-rating>
          <span class="price">79,00 kr</span>
        </li>
        <li>
          <img src="/img/review-limescale.svg" alt="" width="160" height="120" />
          <a href="/">Descaler, citric acid</a>
          <trust-star-rating count="0"></trust-star-rating>
          <span class="price">59,00 kr</span>
        </li>
      </ul>
    </section>`;
}

export async function renderDemoPage() {
  const page = await readFile(new URL('./index.html', import.meta.url), 'utf8');
  const firstPage = await feedPage(1);
  // The summary needs only the aggregate over all reviews, not the reviews themselves.
  const summaryFeed = { version: 1, scale: firstPage.scale, aggregate: firstPage.aggregate, reviews: [], total: firstPage.total };

  // The product's structured data, validated and built by the same code the elements use.
  const parsed = parseReviewFeed(firstPage, { baseUrl: PAGE_URL });
  const problems = new ProblemList();
  const node = buildProduct(
    { product: parsed.value.product, aggregate: parsed.value.aggregate, reviews: parsed.value.reviews, scale: parsed.value.scale },
    problems,
  );
  for (const p of [...parsed.problems, ...problems.items]) console.warn(`[demo ssr] ${p.path}: expected ${p.expected}, got ${p.received}`);

  const body = await collectResult(render(productSection(firstPage, summaryFeed)));
  const start = page.indexOf('<!-- ssr:start');
  const end = page.indexOf('<!-- ssr:end -->') + '<!-- ssr:end -->'.length;
  return (
    page
      .slice(0, start)
      .replace('</head>', `    ${node ? renderJsonLdScript(node) : ''}\n  </head>`)
      .replace('<title>', '<title>(server-rendered) ') +
    `<!-- rendered on the server by demo/ssr.mjs -->\n${body}` +
    page.slice(end)
  );
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  process.stdout.write(await renderDemoPage());
}

/**
 * Reads schema.org JSON-LD as found on shop pages (a theme's or another
 * review tool's markup) into the library's model, so a shop can move its
 * existing product, rating and reviews into the components.
 *
 * Understood: one node, an array of nodes or an `@graph`; `@type` as text or
 * a list; `https://schema.org` and `http://schema.org` contexts; `review` and
 * `aggregateRating` nested in the Product; standalone `Review` and
 * `AggregateRating` nodes whose `itemReviewed` points at the product by `@id`
 * (or names it); numbers written as text; authors as text or objects.
 * What cannot be used is left out and reported with its path in the markup,
 * such as `jsonld.@graph[1].review[3].author.name`.
 */
import {
  AVAILABILITIES,
  DEFAULT_SCALE,
  ITEM_CONDITIONS,
  type Aggregate,
  type Offer,
  type Product,
  type RatingScale,
  type Review,
  type ReviewAuthor,
} from '../model.js';
import { ProblemList, type Parsed } from '../problems.js';
import { isRecord, own, parseDecimal, parseIsoDate, readEnum, readString, type DataRecord, type IsoDate } from '../read.js';
import { safeUrl } from '../url.js';
import { hasType, PRODUCT_TYPES, shortName, typesOf } from './vocabulary.js';

/** The model values found in the markup. */
export interface ImportedJsonLd {
  product?: Product;
  aggregate?: Aggregate;
  /** Valid reviews in document order, provenance `imported`. */
  reviews: Review[];
  /** The scale of `reviews` (of the aggregate when there are none; 1..5 by default). */
  scale: RatingScale;
}

export interface ImportJsonLdOptions {
  /** The page URL, to resolve relative `@id`, `url` and `image` values. */
  baseUrl?: string;
}

/** Text longer than this is not parsed (a bound on work, far above any real block). */
export const MAX_JSONLD_TEXT = 5_000_000;
const MAX_NODES = 10_000;
const MAX_DEPTH = 8;

const REVIEW_TYPES = new Set(['Review', 'UserReview', 'CriticReview', 'EmployerReview']);
const ORGANIZATION_AUTHOR_TYPES = new Set([
  'Organization',
  'Corporation',
  'OnlineStore',
  'OnlineBusiness',
  'LocalBusiness',
  'Store',
  'NGO',
  'NewsMediaOrganization',
  'EducationalOrganization',
  'GovernmentOrganization',
]);
const PRICE = /^\d+(?:\.\d+)?$/;
const GTIN = /^(?:\d{8}|\d{12,14})$/;
const CURRENCY = /^[A-Z]{3}$/;
const GTIN_KEYS = ['gtin', 'gtin13', 'gtin14', 'gtin12', 'gtin8'];

const given = (value: unknown): boolean => value !== undefined && value !== null;

function isSchemaContext(context: unknown): boolean {
  if (typeof context === 'string') return /^https?:\/\/schema\.org\/?$/.test(context.trim());
  if (Array.isArray(context)) return context.some(isSchemaContext);
  if (isRecord(context)) return isSchemaContext(own(context, '@vocab'));
  return false;
}

/** The first item of a list, or the value itself. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Items of a list, or the single value as a list of one. */
function items(value: unknown): unknown[] {
  if (!given(value)) return [];
  return Array.isArray(value) ? value : [value];
}

/** A number from a JSON number or dot-decimal text (`"4.5"`); comma decimals and the like are not numbers. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? parseDecimal(value) : undefined;
}

interface FoundNode {
  node: DataRecord;
  path: string;
}

/** Context of one import: options, problems, and a counter for generated ids. */
class Importer {
  readonly problems = new ProblemList();
  private readonly base: string | undefined;
  private readonly reviewIds = new Set<string>();
  private reviewPosition = 0;
  private scale: RatingScale | undefined;

  constructor(options: ImportJsonLdOptions) {
    const base = isRecord(options) ? own(options, 'baseUrl') : undefined;
    this.base = safeUrl(base);
    if (given(base) && !this.base) this.problems.error('options.baseUrl', 'an absolute http or https URL', base);
  }

  /** An `@id` resolved like a URL, or as given when it is not one; `undefined` when absent. */
  resolveId(id: unknown): string | undefined {
    if (typeof id !== 'string' || !id.trim()) return undefined;
    return safeUrl(id, this.base) ?? id;
  }

  url(value: unknown, path: string): string | undefined {
    if (!given(value)) return undefined;
    const url = safeUrl(value, this.base);
    if (!url) this.problems.error(path, 'an absolute http or https URL (or one relative to options.baseUrl)', value);
    return url;
  }

  text(value: unknown, path: string, maxLength?: number): string | undefined {
    const text = readString(value, path, this.problems, maxLength ? { maxLength } : {});
    return text === '' ? undefined : text;
  }

  date(value: unknown, path: string): IsoDate | undefined {
    if (!given(value)) return undefined;
    const date = typeof value === 'string' ? parseIsoDate(value.trim()) : undefined;
    if (!date) this.problems.error(path, 'an ISO 8601 date such as 2024-05-17', value);
    return date;
  }

  /* ----------------------------------------------------------- collecting */

  collect(value: unknown, path: string, out: FoundNode[], depth = 0, inContext = false): void {
    if (out.length >= MAX_NODES) return;
    if (depth > MAX_DEPTH) {
      this.problems.warn(path, `nodes nested at most ${MAX_DEPTH} levels deep (this one was not read)`, value);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.collect(item, `${path}[${i}]`, out, depth + 1, inContext));
      return;
    }
    if (!isRecord(value)) {
      if (given(value)) this.problems.error(path, 'a JSON-LD node object', value);
      return;
    }
    const context = own(value, '@context');
    if (given(context) && !isSchemaContext(context)) {
      this.problems.error(`${path}.@context`, 'https://schema.org (this block was not read)', context);
      return;
    }
    const graph = own(value, '@graph');
    if (given(graph)) {
      items(graph).forEach((item, i) => this.collect(item, `${path}.@graph[${i}]`, out, depth + 1, inContext || given(context)));
      return;
    }
    if (!inContext && !given(context)) this.problems.warn(`${path}.@context`, 'https://schema.org (read as schema.org)', context);
    out.push({ node: value, path });
    // A product page's WebPage/ItemPage often holds the product as its main entity.
    const main = own(value, 'mainEntity');
    if (isRecord(main)) out.push({ node: main, path: `${path}.mainEntity` });
  }

  /* ---------------------------------------------------------------- product */

  product(node: DataRecord, path: string): Product | undefined {
    const rawName = own(node, 'name');
    const name = given(rawName) ? readString(first(rawName), `${path}.name`, this.problems, { nonEmpty: true }) : undefined;
    if (name === undefined) {
      if (!given(rawName)) this.problems.error(`${path}.name`, 'a product name (the product was left out)', rawName);
      return undefined;
    }
    const product: Product = { name, image: [], offers: [] };
    const id = own(node, '@id');
    if (given(id)) {
      const url = safeUrl(id, this.base);
      if (url) product.id = url;
      else this.problems.warn(`${path}.@id`, 'an absolute URL such as https://shop.example/p/1#product (left out)', id);
    }
    const description = this.text(own(node, 'description'), `${path}.description`);
    if (description !== undefined) product.description = description;
    const sku = this.identifier(own(node, 'sku'), `${path}.sku`);
    if (sku !== undefined) product.sku = sku;
    for (const key of GTIN_KEYS) {
      const raw = own(node, key);
      if (!given(raw)) continue;
      const gtin = this.identifier(raw, `${path}.${key}`);
      if (gtin !== undefined && GTIN.test(gtin)) {
        product.gtin = gtin;
        break;
      }
      if (gtin !== undefined) this.problems.error(`${path}.${key}`, 'a numeric GTIN of 8, 12, 13 or 14 digits', raw);
    }
    const mpn = this.identifier(own(node, 'mpn'), `${path}.mpn`);
    if (mpn !== undefined) product.mpn = mpn;
    const rawBrand = first(own(node, 'brand'));
    const brand = this.text(isRecord(rawBrand) ? own(rawBrand, 'name') : rawBrand, `${path}.brand`, 500);
    if (brand !== undefined) product.brand = brand;
    items(own(node, 'image')).forEach((image, i) => {
      const imagePath = Array.isArray(own(node, 'image')) ? `${path}.image[${i}]` : `${path}.image`;
      const source = isRecord(image) ? (own(image, 'contentUrl') ?? own(image, 'url')) : image;
      const url = this.url(source, imagePath);
      if (url) product.image.push(url);
    });
    const url = this.url(first(own(node, 'url')), `${path}.url`);
    if (url) product.url = url;
    const rawOffers = own(node, 'offers');
    items(rawOffers).forEach((offer, i) => {
      const offerPath = Array.isArray(rawOffers) ? `${path}.offers[${i}]` : `${path}.offers`;
      const parsed = this.offer(offer, offerPath);
      if (parsed) product.offers.push(parsed);
    });
    return product;
  }

  /** A sku, mpn or GTIN: text, or a whole number written as a JSON number. */
  identifier(value: unknown, path: string): string | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
    const text = readString(value, path, this.problems, { maxLength: 500 });
    return text?.trim() ? text.trim() : undefined;
  }

  offer(value: unknown, path: string): Offer | undefined {
    if (!isRecord(value)) {
      this.problems.error(path, 'an Offer object', value);
      return undefined;
    }
    if (typesOf(value).includes('AggregateOffer')) {
      this.problems.warn(path, 'an Offer (an AggregateOffer has no single price and was left out)', value);
      return undefined;
    }
    let rawPrice = own(value, 'price');
    let rawCurrency = own(value, 'priceCurrency');
    let pricePath = `${path}.price`;
    if (!given(rawPrice)) {
      // The current price may sit in a priceSpecification; a strikethrough (list) price is not it.
      const specs = items(own(value, 'priceSpecification'));
      const index = specs.findIndex(
        (spec) => isRecord(spec) && given(own(spec, 'price')) && shortName(String(own(spec, 'priceType') ?? '')) !== 'StrikethroughPrice',
      );
      const spec = specs[index];
      if (isRecord(spec)) {
        rawPrice = own(spec, 'price');
        rawCurrency = own(spec, 'priceCurrency') ?? rawCurrency;
        pricePath = Array.isArray(own(value, 'priceSpecification')) ? `${path}.priceSpecification[${index}].price` : `${path}.priceSpecification.price`;
      }
    }
    const price = typeof rawPrice === 'number' && Number.isFinite(rawPrice) ? String(rawPrice) : typeof rawPrice === 'string' ? rawPrice.trim() : undefined;
    if (price === undefined || !PRICE.test(price)) {
      this.problems.error(pricePath, 'a price in dot-decimal form without symbols or separators (the offer was left out)', rawPrice);
      return undefined;
    }
    if (typeof rawCurrency !== 'string' || !CURRENCY.test(rawCurrency)) {
      this.problems.error(`${path}.priceCurrency`, 'a three-letter ISO 4217 currency code in upper case (the offer was left out)', rawCurrency);
      return undefined;
    }
    const offer: Offer = { price, priceCurrency: rawCurrency };
    const availability = own(value, 'availability');
    if (given(availability)) {
      const short = typeof availability === 'string' ? shortName(availability) : availability;
      const known = readEnum(short, AVAILABILITIES, `${path}.availability`, this.problems);
      if (known) offer.availability = known;
    }
    const condition = own(value, 'itemCondition');
    if (given(condition)) {
      const short = typeof condition === 'string' ? shortName(condition) : condition;
      const known = readEnum(short, ITEM_CONDITIONS, `${path}.itemCondition`, this.problems);
      if (known) offer.itemCondition = known;
    }
    const url = this.url(own(value, 'url'), `${path}.url`);
    if (url) offer.url = url;
    const validUntil = this.date(own(value, 'priceValidUntil'), `${path}.priceValidUntil`);
    if (validUntil) offer.priceValidUntil = validUntil;
    return offer;
  }

  /* ---------------------------------------------------------------- ratings */

  /**
   * A rating value and its scale (`bestRating`/`worstRating`, Google's 5 and 1
   * when absent), or `undefined` with a problem naming `why` it mattered.
   */
  rating(node: DataRecord, path: string, why: string): { value: number; scale: RatingScale } | undefined {
    const rawBest = own(node, 'bestRating');
    const rawWorst = own(node, 'worstRating');
    const best = given(rawBest) ? numberOf(rawBest) : DEFAULT_SCALE.best;
    const worst = given(rawWorst) ? numberOf(rawWorst) : DEFAULT_SCALE.worst;
    if (best === undefined) this.problems.error(`${path}.bestRating`, `a dot-decimal number (${why})`, rawBest);
    if (worst === undefined) this.problems.error(`${path}.worstRating`, `a dot-decimal number (${why})`, rawWorst);
    if (best === undefined || worst === undefined) return undefined;
    if (!(worst < best)) {
      this.problems.error(path, `worstRating below bestRating (${why})`, `${worst}..${best}`);
      return undefined;
    }
    const rawValue = own(node, 'ratingValue');
    const value = numberOf(rawValue);
    // Google also reads "60%" and "6 / 10"; the model keeps ratings on a star scale, so those are reported, not converted.
    const form = typeof rawValue === 'string' && /[%/]/.test(rawValue) ? ', not a percentage or fraction' : '';
    const expected = `a dot-decimal number from ${worst} to ${best}${form} (${why})`;
    if (value === undefined || value < worst || value > best) {
      this.problems.error(`${path}.ratingValue`, expected, rawValue);
      return undefined;
    }
    return { value, scale: { best, worst } };
  }

  count(value: unknown, path: string): number | undefined {
    if (!given(value)) return undefined;
    const n = numberOf(value);
    if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
    this.problems.error(path, 'a whole number of at least 0', value);
    return undefined;
  }

  aggregate(value: unknown, path: string): Aggregate | undefined {
    if (!isRecord(value)) {
      this.problems.error(path, 'an AggregateRating object', value);
      return undefined;
    }
    const rating = this.rating(value, path, 'the aggregate rating was left out');
    const reviewCount = this.count(own(value, 'reviewCount'), `${path}.reviewCount`);
    const ratingCount = this.count(own(value, 'ratingCount'), `${path}.ratingCount`);
    if (!rating) return undefined;
    if (reviewCount === undefined && ratingCount === undefined) {
      this.problems.error(`${path}.reviewCount`, 'reviewCount or ratingCount (the aggregate rating was left out)', own(value, 'reviewCount'));
      return undefined;
    }
    // The model counts reviews first; with only a ratingCount, the number of written reviews is not known: 0.
    const aggregate: Aggregate = { ratingValue: rating.value, reviewCount: reviewCount ?? 0, scale: rating.scale };
    if (ratingCount !== undefined) aggregate.ratingCount = ratingCount;
    return aggregate;
  }

  /* ---------------------------------------------------------------- reviews */

  author(value: unknown, path: string): ReviewAuthor | undefined {
    const raw = first(value);
    const expected = 'an author name (the review was left out)';
    if (typeof raw === 'string') {
      if (raw.trim()) return { name: raw, display: 'full', type: 'person' };
      this.problems.error(`${path}.name`, expected, raw);
      return undefined;
    }
    if (!isRecord(raw)) {
      this.problems.error(given(raw) ? path : `${path}.name`, expected, raw);
      return undefined;
    }
    const rawName = first(own(raw, 'name'));
    const name = typeof rawName === 'string' && rawName.trim() ? rawName : undefined;
    if (name === undefined || name.length > 20_000) {
      this.problems.error(`${path}.name`, expected, rawName);
      return undefined;
    }
    return { name, display: 'full', type: hasType(raw, ORGANIZATION_AUTHOR_TYPES) ? 'organization' : 'person' };
  }

  notes(value: unknown, path: string): string[] {
    const list = first(value);
    const entries = isRecord(list) ? items(own(list, 'itemListElement')) : items(list);
    const out: string[] = [];
    entries.forEach((entry, i) => {
      const text = this.text(isRecord(entry) ? own(entry, 'name') : entry, `${path}.itemListElement[${i}].name`);
      if (text?.trim()) out.push(text);
    });
    return out;
  }

  review(value: unknown, path: string): Review | undefined {
    const position = ++this.reviewPosition;
    if (!isRecord(value)) {
      this.problems.error(path, 'a Review object', value);
      return undefined;
    }
    const author = this.author(own(value, 'author'), `${path}.author`);
    const rawRating = first(own(value, 'reviewRating'));
    let rating: { value: number; scale: RatingScale } | undefined;
    if (isRecord(rawRating)) rating = this.rating(rawRating, `${path}.reviewRating`, 'the review was left out');
    else this.problems.error(`${path}.reviewRating.ratingValue`, 'a rating (the review was left out)', rawRating);
    const rawDate = own(value, 'datePublished');
    const date = this.date(rawDate, `${path}.datePublished`);
    if (!given(rawDate)) this.problems.error(`${path}.datePublished`, 'a publication date (the review was left out)', rawDate);
    if (!author || !rating || !date) return undefined;
    if (this.scale && (this.scale.best !== rating.scale.best || this.scale.worst !== rating.scale.worst)) {
      this.problems.error(
        `${path}.reviewRating`,
        `the scale of the other reviews, ${this.scale.worst} to ${this.scale.best} (the review was left out)`,
        `${rating.scale.worst} to ${rating.scale.best}`,
      );
      return undefined;
    }
    this.scale ??= rating.scale;
    const review: Review = {
      id: this.reviewId(own(value, '@id'), position),
      author,
      rating: rating.value,
      date,
      provenance: 'imported',
      photos: [],
      pros: this.notes(own(value, 'positiveNotes'), `${path}.positiveNotes`),
      cons: this.notes(own(value, 'negativeNotes'), `${path}.negativeNotes`),
      helpful: { up: 0, down: 0 },
    };
    const title = this.text(first(own(value, 'name')), `${path}.name`);
    if (title !== undefined) review.title = title;
    const body = this.text(first(own(value, 'reviewBody') ?? own(value, 'description')), `${path}.reviewBody`);
    if (body !== undefined) review.body = body;
    const language = own(value, 'inLanguage');
    if (typeof language === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language)) review.language = language;
    return review;
  }

  /** The markup's `@id` when it is usable and unique, else `jsonld-<position>`. */
  reviewId(raw: unknown, position: number): string {
    let id = typeof raw === 'string' && raw.trim() && raw.length <= 500 ? raw : `jsonld-${position}`;
    if (this.reviewIds.has(id)) id = `jsonld-${position}`;
    for (let n = 2; this.reviewIds.has(id); n++) id = `jsonld-${position}-${n}`;
    this.reviewIds.add(id);
    return id;
  }

  reviewScale(aggregate: Aggregate | undefined): RatingScale {
    return this.scale ?? aggregate?.scale ?? { ...DEFAULT_SCALE };
  }
}

/** `{ "@id": "..." }` alone: a reference to a node defined elsewhere. */
function isReference(value: unknown): value is DataRecord {
  return isRecord(value) && typeof own(value, '@id') === 'string' && Object.keys(value).every((key) => key === '@id');
}

/** Whether a standalone node's `itemReviewed` is the product: the same `@id`, or (without ids) the same name. */
function isAboutProduct(itemReviewed: unknown, productNode: DataRecord, resolve: (id: unknown) => string | undefined): boolean {
  const target = first(itemReviewed);
  if (!isRecord(target)) return false;
  const targetId = resolve(own(target, '@id'));
  const productId = resolve(own(productNode, '@id'));
  if (targetId !== undefined || productId !== undefined) return targetId !== undefined && targetId === productId;
  const name = own(target, 'name');
  return typeof name === 'string' && name === own(productNode, 'name');
}

/**
 * The product, aggregate rating and reviews in schema.org JSON-LD:
 * `input` is a parsed value or the text of one `application/ld+json` block.
 * Never throws; what cannot be used is left out and listed in `problems`.
 * Reviews get provenance `imported` and, without an `@id`, the id
 * `jsonld-<n>` (n counts the reviews met in document order, from 1).
 */
export function importJsonLd(input: unknown, options: ImportJsonLdOptions = {}): Parsed<ImportedJsonLd> {
  const importer = new Importer(options);
  const { problems } = importer;
  let data = input;
  if (typeof input === 'string') {
    data = undefined;
    if (input.length > MAX_JSONLD_TEXT) problems.error('jsonld', `JSON text of at most ${MAX_JSONLD_TEXT} characters`, input);
    else {
      try {
        data = JSON.parse(input);
      } catch {
        problems.error('jsonld', 'the JSON text of one application/ld+json block', input);
      }
    }
  }
  const found: FoundNode[] = [];
  try {
    if (data !== undefined) importer.collect(data, 'jsonld', found);

    const standalone = found.filter(({ node }) => hasType(node, REVIEW_TYPES) || typesOf(node).includes('AggregateRating'));
    let productFound = found.find(({ node }) => hasType(node, PRODUCT_TYPES));
    for (const other of found) {
      if (other !== productFound && hasType(other.node, PRODUCT_TYPES)) {
        problems.warn(other.path, 'one Product per page (only the first was imported)', other.node);
      }
    }
    if (!productFound) {
      // A review page may describe the product only inside itemReviewed.
      for (const { node, path } of standalone) {
        const target = first(own(node, 'itemReviewed'));
        if (isRecord(target) && hasType(target, PRODUCT_TYPES)) {
          productFound = { node: target, path: `${path}.itemReviewed` };
          break;
        }
      }
    }

    const value: ImportedJsonLd = { reviews: [], scale: { ...DEFAULT_SCALE } };
    let aggregate: Aggregate | undefined;
    /** Standalone nodes the product points at with `{ "@id": ... }` only. */
    const referenced = new Set<string>();
    if (productFound) {
      const { node, path } = productFound;
      value.product = importer.product(node, path);
      const rawAggregate = first(own(node, 'aggregateRating'));
      const reference = (item: DataRecord) => {
        const id = importer.resolveId(own(item, '@id'));
        if (id) referenced.add(id);
      };
      if (isReference(rawAggregate)) reference(rawAggregate);
      else if (given(rawAggregate)) aggregate = importer.aggregate(rawAggregate, `${path}.aggregateRating`);
      for (const key of ['review', 'reviews']) {
        const raw = own(node, key);
        items(raw).forEach((item, i) => {
          if (isReference(item)) {
            reference(item);
            return;
          }
          const review = importer.review(item, Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`);
          if (review) value.reviews.push(review);
        });
      }
    }
    const resolve = (id: unknown) => importer.resolveId(id);
    for (const { node, path } of standalone) {
      const id = resolve(own(node, '@id'));
      const linked =
        productFound !== undefined && ((id !== undefined && referenced.has(id)) || isAboutProduct(own(node, 'itemReviewed'), productFound.node, resolve));
      if (!linked) {
        problems.warn(`${path}.itemReviewed`, 'a reference to the product by @id (this node was not imported)', own(node, 'itemReviewed'));
        continue;
      }
      if (hasType(node, REVIEW_TYPES)) {
        const review = importer.review(node, path);
        if (review) value.reviews.push(review);
      } else if (aggregate) {
        problems.warn(path, 'one AggregateRating per product (only the first was imported)', node);
      } else {
        aggregate = importer.aggregate(node, path);
      }
    }
    if (aggregate) value.aggregate = aggregate;
    value.scale = importer.reviewScale(aggregate);
    return { value, problems: problems.items };
  } catch {
    // Only a hostile object (a Proxy with throwing traps) gets here.
    problems.error('jsonld', 'plain JSON data', input);
    return { value: { reviews: [], scale: { ...DEFAULT_SCALE } }, problems: problems.items };
  }
}

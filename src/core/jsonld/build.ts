/**
 * Builders from the library's model to schema.org nodes, typed with
 * schema-dts. Google's structured-data rules (see guides/jsonld.md) are
 * enforced here: a value that would break them is left out and reported as a
 * problem naming its field path; everything valid is kept.
 *
 * Inputs are typed as model values but read as untrusted data (plugin authors
 * call these with their own objects): only own properties, every value
 * re-validated, inputs never mutated, nothing thrown.
 */
import type {
  AggregateRating,
  Certification,
  MerchantReturnPolicy,
  OfferShippingDetails,
  Organization,
  Product as ProductNode,
  Review as ReviewNode,
  WithContext,
  AggregateRatingLeaf,
  CertificationLeaf,
  DefinedRegionLeaf,
  MerchantReturnPolicyLeaf,
  MonetaryAmountLeaf,
  OfferLeaf,
  OfferShippingDetailsLeaf,
  OrganizationLeaf,
  ProductLeaf,
  QuantitativeValueLeaf,
  RatingLeaf,
  ReviewLeaf,
  ShippingDeliveryTimeLeaf,
} from 'schema-dts';
import { ANONYMOUS_AUTHOR_NAME, displayAuthorName } from '../author.js';
import {
  AUTHOR_DISPLAYS,
  AVAILABILITIES,
  DEFAULT_SCALE,
  ITEM_CONDITIONS,
  ORGANIZATION_TYPES,
  REFUND_TYPES,
  RETURN_FEES,
  RETURN_METHODS,
  RETURN_POLICY_CATEGORIES,
  type Aggregate,
  type AuthorDisplay,
  type OrganizationInfo,
  type OrganizationType,
  type Product,
  type ProductCertification,
  type RatingScale,
  type ReturnPolicy,
  type Review,
  type ShippingDetails,
} from '../model.js';
import { ProblemList } from '../problems.js';
import { isRecord, own, readArray, readDate, readEnum, readNumber, readString, type DataRecord } from '../read.js';
import { safeUrl } from '../url.js';

const SCHEMA = 'https://schema.org';

/** `https://schema.org/InStock` for `InStock`: Google's preferred enumeration form. */
function schemaUrl<T extends string>(name: T): `https://schema.org/${T}` {
  return `${SCHEMA}/${name}`;
}

/* ---------------------------------------------------------------- readers */

/** True when a value was given at all (`null` counts as not given). */
const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Runs a builder so that nothing escapes it: data whose reading throws (a
 * throwing getter inside an array, a hostile Proxy) gives no node and a problem.
 */
function guarded<T>(problems: ProblemList, path: string, build: () => T | undefined): T | undefined {
  try {
    return build();
  } catch {
    problems.error(path, 'plain data (reading it threw, so nothing was emitted)', undefined);
    return undefined;
  }
}

/** Given, and not an empty list. */
const listed = (value: unknown): boolean => given(value) && !(Array.isArray(value) && value.length === 0);

/** Reports a required value as missing; always `undefined`. */
function missing(path: string, problems: ProblemList, expected: string): undefined {
  problems.error(path, expected, undefined);
  return undefined;
}

/** A plain object, or `undefined` (reported when something else was given). */
function readRecord(value: unknown, path: string, problems: ProblemList, expected: string): DataRecord | undefined {
  if (!given(value)) return undefined;
  if (isRecord(value)) return value;
  problems.error(path, expected, value);
  return undefined;
}

/** Required text: missing, empty or not text is reported with `expected`. */
function readRequiredText(value: unknown, path: string, problems: ProblemList, expected: string): string | undefined {
  if (!given(value)) return missing(path, problems, expected);
  return readString(value, path, problems, { nonEmpty: true });
}

/** An absolute http(s) URL (see {@link safeUrl}); anything else is reported. */
function readUrl(value: unknown, path: string, problems: ProblemList): string | undefined {
  if (value === undefined || value === null) return undefined;
  const url = safeUrl(value);
  if (url === undefined) problems.error(path, 'an absolute http or https URL', value);
  return url;
}

/** `YYYY-MM-DD` from an `IsoDate` (or ISO text): the calendar date as written. */
function readIsoDay(value: unknown, path: string, problems: ProblemList): string | undefined {
  if (!given(value)) return undefined;
  const text = isRecord(value) ? own(value, 'iso') : value;
  return readDate(given(text) ? text : value, path, problems)?.iso.slice(0, 10);
}

const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;

function readCode(value: unknown, pattern: RegExp, path: string, problems: ProblemList, expected: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && pattern.test(value)) return value;
  problems.error(path, expected, value);
  return undefined;
}

const readCurrency = (value: unknown, path: string, problems: ProblemList) =>
  readCode(value, CURRENCY, path, problems, 'a three-letter ISO 4217 currency code in upper case, such as EUR');

const readCountry = (value: unknown, path: string, problems: ProblemList) =>
  readCode(value, COUNTRY, path, problems, 'a two-letter ISO 3166-1 country code in upper case, such as SE');

/** A list of strings, also accepted as one string; each item read by `readItem`. */
function readList<T>(
  value: unknown,
  path: string,
  problems: ProblemList,
  readItem: (item: unknown, itemPath: string) => T | undefined,
  maxItems?: number,
): T[] | undefined {
  if (typeof value === 'string') {
    const item = readItem(value, path);
    return item === undefined ? [] : [item];
  }
  return readArray(value, path, problems, readItem, maxItems);
}

/** A scale with finite `best` above `worst`; the default 1..5 when not given. */
function readScale(value: unknown, path: string, problems: ProblemList): RatingScale | undefined {
  if (value === undefined || value === null) return DEFAULT_SCALE;
  const record = readRecord(value, path, problems, 'a rating scale { best, worst }');
  if (!record) return undefined;
  const best = readNumber(own(record, 'best'), `${path}.best`, problems);
  const worst = readNumber(own(record, 'worst'), `${path}.worst`, problems);
  if (best === undefined || worst === undefined || !(worst < best)) {
    problems.error(path, 'a rating scale with a number worst below a number best, such as { best: 5, worst: 1 }', value);
    return undefined;
  }
  return { best, worst };
}

const ratingExpectation = (scale: RatingScale) =>
  `a number from ${scale.worst} to ${scale.best} with a dot decimal (out of range is not clamped)`;

/**
 * A rating inside the scale, cut to two decimals, never rounded up (4.996
 * is 4.99, as the page never shows more than the data says); float artefacts
 * such as 4.2999999999 still count as 4.3.
 */
function readRatingValue(
  value: unknown,
  scale: RatingScale,
  path: string,
  problems: ProblemList,
  why: string,
): number | undefined {
  const expected = ratingExpectation(scale);
  if (value === undefined || value === null) {
    problems.error(path, `${expected}; ${why}`, value);
    return undefined;
  }
  const n = readNumber(value, path, problems, { min: scale.worst, max: scale.best, expected });
  if (n === undefined) return undefined;
  const cut = Math.floor(Math.round(n * 1e6) / 1e4) / 100;
  return Math.min(scale.best, Math.max(scale.worst, cut)) + 0; // + 0 turns -0 into 0
}

/** A whole-number count of at least 0 (0 is valid data but never emitted), exact in JSON (a safe integer). */
function readCount(value: unknown, path: string, problems: ProblemList): number | undefined {
  return readNumber(value, path, problems, { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, expected: 'a whole number of at least 0 and below 2^53' });
}

/* ----------------------------------------------------------- AggregateRating */

interface AggregateParts {
  node: AggregateRatingLeaf;
  ratingValue: number;
  /** The count compared with the marked-up reviews: reviewCount, else ratingCount. */
  count: number;
  scale: RatingScale;
}

function aggregateParts(aggregate: unknown, problems: ProblemList, path: string): AggregateParts | undefined {
  const record = readRecord(aggregate, path, problems, 'an aggregate rating');
  if (!record) return undefined;
  const scale = readScale(own(record, 'scale'), `${path}.scale`, problems);
  if (!scale) return undefined;
  const ratingValue = readRatingValue(own(record, 'ratingValue'), scale, `${path}.ratingValue`, problems, 'Google requires ratingValue');
  const rawReviewCount = own(record, 'reviewCount');
  const rawRatingCount = own(record, 'ratingCount');
  const reviewCount = readCount(rawReviewCount, `${path}.reviewCount`, problems);
  const ratingCount = readCount(rawRatingCount, `${path}.ratingCount`, problems);
  if (ratingValue === undefined) return undefined;
  const hasReviews = reviewCount !== undefined && reviewCount > 0;
  const hasRatings = ratingCount !== undefined && ratingCount > 0;
  if (!hasReviews && !hasRatings) {
    if (reviewCount === 0 || ratingCount === 0) {
      // A product without ratings yet is normal data, so a warning; but Google forbids the node.
      const zeroIsReviews = reviewCount === 0;
      problems.warn(
        `${path}.${zeroIsReviews ? 'reviewCount' : 'ratingCount'}`,
        'a count of at least 1: no AggregateRating is emitted for zero ratings',
        zeroIsReviews ? rawReviewCount : rawRatingCount,
      );
    } else if (!given(rawReviewCount) && !given(rawRatingCount)) {
      problems.error(`${path}.reviewCount`, 'reviewCount or ratingCount (Google requires at least one)', rawReviewCount);
    }
    return undefined;
  }
  const node: AggregateRatingLeaf = {
    '@type': 'AggregateRating',
    ratingValue,
    bestRating: scale.best,
    worstRating: scale.worst,
  };
  if (hasRatings) node.ratingCount = ratingCount;
  if (hasReviews) node.reviewCount = reviewCount;
  return { node, ratingValue, count: hasReviews ? reviewCount : (ratingCount ?? 0), scale };
}

/**
 * An `AggregateRating` for a validated {@link Aggregate}, or `undefined` when
 * it would break Google's rules: `ratingValue` outside `worst..best` (rejected,
 * never clamped), no positive whole-number count, or a count of 0. `bestRating`
 * and `worstRating` are always given; `ratingValue` is rounded to 2 decimals.
 */
export function buildAggregateRating(
  aggregate: Aggregate,
  problems: ProblemList,
  path = 'aggregate',
): AggregateRating | undefined {
  return guarded(problems, path, () => aggregateParts(aggregate, problems, path)?.node);
}

/* -------------------------------------------------------------------- Review */

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Google: author names must be shorter than 100 characters. */
const MAX_AUTHOR_NAME = 99;

function reviewAuthor(value: unknown, path: string, problems: ProblemList): ReviewLeaf['author'] | undefined {
  const nameExpected = 'a non-empty author name (Google requires one for every review)';
  const author = readRecord(value, path, problems, 'an author { name, display, type }');
  if (!author) {
    if (value === undefined || value === null) problems.error(`${path}.name`, nameExpected, undefined);
    return undefined;
  }
  const rawDisplay = own(author, 'display');
  let display: AuthorDisplay = 'full';
  if (rawDisplay !== undefined && rawDisplay !== null) {
    const known = readEnum(rawDisplay, AUTHOR_DISPLAYS, `${path}.display`, problems);
    // An unknown display value may have meant "hide the name": stay on the private side.
    display = known ?? 'anonymous';
  }
  const rawType = own(author, 'type');
  const type = rawType === 'organization' ? 'organization' : 'person';
  if (rawType !== undefined && rawType !== 'person' && rawType !== 'organization') {
    problems.warn(`${path}.type`, 'person or organization (person was used)', rawType);
  }
  let name = ANONYMOUS_AUTHOR_NAME;
  if (display !== 'anonymous') {
    const rawName = own(author, 'name');
    if (typeof rawName !== 'string' || rawName.trim() === '') {
      problems.error(`${path}.name`, nameExpected, rawName);
      return undefined;
    }
    name = displayAuthorName({ name: rawName, display, type }, ANONYMOUS_AUTHOR_NAME);
    if (Array.from(name).length > MAX_AUTHOR_NAME) {
      problems.error(`${path}.name`, 'an author name shorter than 100 characters (Google review snippet rule)', rawName);
      return undefined;
    }
  }
  return type === 'organization' ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/** The review node and its rounded rating, for a scale that was already validated. */
function reviewParts(
  review: unknown,
  scale: RatingScale,
  problems: ProblemList,
  path: string,
): { node: ReviewLeaf; ratingValue: number } | undefined {
  const record = readRecord(review, path, problems, 'a review');
  if (!record) {
    if (review === undefined || review === null) problems.error(path, 'a review', review);
    return undefined;
  }
  const author = reviewAuthor(own(record, 'author'), `${path}.author`, problems);
  const ratingValue = readRatingValue(
    own(record, 'rating'),
    scale,
    `${path}.rating`,
    problems,
    'Google requires a rating for every review',
  );
  if (author === undefined || ratingValue === undefined) return undefined;
  const rating: RatingLeaf = { '@type': 'Rating', ratingValue, bestRating: scale.best, worstRating: scale.worst };
  const node: ReviewLeaf = { '@type': 'Review', author, reviewRating: rating };
  const rawDate = own(record, 'date');
  if (rawDate === undefined || rawDate === null) problems.warn(`${path}.date`, 'a publication date (recommended by Google)', rawDate);
  const date = readIsoDay(rawDate, `${path}.date`, problems);
  if (date) node.datePublished = date;
  const title = readString(own(record, 'title'), `${path}.title`, problems);
  if (title !== undefined && title !== '') node.name = title;
  const body = readString(own(record, 'body'), `${path}.body`, problems);
  if (body !== undefined && body !== '') node.reviewBody = body;
  const language = own(record, 'language');
  if (language !== undefined && language !== null) {
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) node.inLanguage = language;
    else problems.error(`${path}.language`, 'a BCP 47 language tag such as en or sv-SE', language);
  }
  return { node, ratingValue };
}

/**
 * A nested `Review` (no `itemReviewed`: the parent is the reviewed item), or
 * `undefined` when the review has no usable author name (non-empty, shorter
 * than 100 characters) or no rating inside `scale`.
 *
 * The author is a `Person` or `Organization` named by {@link displayAuthorName};
 * an `anonymous` author is published as "Anonymous" ({@link ANONYMOUS_AUTHOR_NAME})
 * and the real name is never read. `datePublished` is the review's calendar
 * date (`YYYY-MM-DD`); an invalid date is left out, the review stays.
 */
export function buildReview(
  review: Review,
  scale: RatingScale | undefined,
  problems: ProblemList,
  path = 'review',
): ReviewNode | undefined {
  return guarded(problems, path, () => {
    const checkedScale = readScale(scale, 'scale', problems);
    return checkedScale ? reviewParts(review, checkedScale, problems, path)?.node : undefined;
  });
}

/* ------------------------------------------------------ Return policy, shipping */

function readMoney(
  value: unknown,
  path: string,
  problems: ProblemList,
  rule: { positive: boolean },
): MonetaryAmountLeaf | undefined {
  const record = readRecord(value, path, problems, 'an amount { value, currency }');
  if (!record) return undefined;
  const rawAmount = own(record, 'value');
  const rawCurrency = own(record, 'currency');
  const expected = `a number ${rule.positive ? 'above 0' : 'of at least 0'} (no symbols or separators)`;
  const amount = given(rawAmount)
    ? readNumber(rawAmount, `${path}.value`, problems, { min: rule.positive ? Number.MIN_VALUE : 0, expected })
    : missing(`${path}.value`, problems, `${expected} (required)`);
  const currency = given(rawCurrency)
    ? readCurrency(rawCurrency, `${path}.currency`, problems)
    : missing(`${path}.currency`, problems, 'a three-letter ISO 4217 currency code (required)');
  if (amount === undefined || currency === undefined) return undefined;
  return { '@type': 'MonetaryAmount', value: amount, currency };
}

/**
 * A `MerchantReturnPolicy` following Google's rules: either countries plus a
 * category (option A), or, at organization level only, just a
 * `merchantReturnLink` (option B). A finite window needs `merchantReturnDays`;
 * `ReturnShippingFees` needs an amount above 0, the other fees none.
 * `level: 'offer'` applies the offer-level subset (no link, no refundType).
 */
export function buildMerchantReturnPolicy(
  policy: ReturnPolicy,
  problems: ProblemList,
  path = 'returnPolicy',
  level: 'organization' | 'offer' = 'organization',
): MerchantReturnPolicy | undefined {
  return guarded(problems, path, () => {
    const record = readRecord(policy, path, problems, 'a return policy');
    if (!record) return undefined;
    const id = readUrl(own(record, 'id'), `${path}.id`, problems);
    let link = readUrl(own(record, 'merchantReturnLink'), `${path}.merchantReturnLink`, problems);
    if (link && level === 'offer') {
      problems.error(`${path}.merchantReturnLink`, 'no merchantReturnLink on an offer (Google reads it on the Organization only)', link);
      link = undefined;
    }
    const rawCountries = own(record, 'applicableCountry');
    const countries = [
      ...new Set(
        readList(rawCountries, `${path}.applicableCountry`, problems, (c, p) => readCountry(c, p, problems), 50) ?? [],
      ),
    ];
    const rawCategory = own(record, 'returnPolicyCategory');
    const category = readEnum(rawCategory, RETURN_POLICY_CATEGORIES, `${path}.returnPolicyCategory`, problems);

    const base: MerchantReturnPolicyLeaf = { '@type': 'MerchantReturnPolicy', ...(id ? { '@id': id } : {}) };
    if (countries.length === 0 || category === undefined) {
      // Option B (a link alone) is complete; an attempted option A that is incomplete is reported either way.
      if (!link || listed(rawCountries) || given(rawCategory)) {
        if (!listed(rawCountries)) missing(`${path}.applicableCountry`, problems, 'at least one two-letter country code (required)');
        if (!given(rawCategory)) missing(`${path}.returnPolicyCategory`, problems, `one of ${RETURN_POLICY_CATEGORIES.join(', ')} (required)`);
      }
      return link ? { ...base, merchantReturnLink: link } : undefined;
    }

    const node: MerchantReturnPolicyLeaf = {
      ...base,
      applicableCountry: countries,
      returnPolicyCategory: schemaUrl(category),
    };
    const hasWindow = category !== 'MerchantReturnNotPermitted';
    const rawDays = own(record, 'merchantReturnDays');
    if (category === 'MerchantReturnFiniteReturnWindow') {
      const days = readNumber(rawDays, `${path}.merchantReturnDays`, problems, { min: 1, integer: true });
      if (days === undefined) {
        if (!given(rawDays)) {
          missing(`${path}.merchantReturnDays`, problems, 'a whole number of days (required for MerchantReturnFiniteReturnWindow)');
        }
        return undefined; // a finite window of unknown length would mislead
      }
      node.merchantReturnDays = days;
    } else if (rawDays !== undefined && rawDays !== null) {
      problems.error(`${path}.merchantReturnDays`, 'no merchantReturnDays unless the category is MerchantReturnFiniteReturnWindow', rawDays);
    }

    const rawFees = own(record, 'returnFees');
    const rawAmount = own(record, 'returnShippingFeesAmount');
    const rawMethods = own(record, 'returnMethod');
    if (!hasWindow) {
      for (const [key, raw] of [['returnFees', rawFees], ['returnShippingFeesAmount', rawAmount], ['returnMethod', rawMethods]] as const) {
        if (raw !== undefined && raw !== null) problems.error(`${path}.${key}`, `no ${key} when returns are not permitted`, raw);
      }
    } else {
      const fees = readEnum(rawFees, RETURN_FEES, `${path}.returnFees`, problems);
      const amountPath = `${path}.returnShippingFeesAmount`;
      const amountGiven = rawAmount !== undefined && rawAmount !== null;
      if (fees === 'ReturnShippingFees') {
        const amount = readMoney(rawAmount, amountPath, problems, { positive: true });
        if (amount) {
          node.returnFees = schemaUrl(fees);
          node.returnShippingFeesAmount = amount;
        } else if (!amountGiven) {
          problems.error(amountPath, 'an amount above 0 (required with returnFees ReturnShippingFees; returnFees was left out)', rawAmount);
        }
      } else {
        if (fees) node.returnFees = schemaUrl(fees);
        if (amountGiven) problems.error(amountPath, 'no amount unless returnFees is ReturnShippingFees', rawAmount);
      }
      const methods = readList(rawMethods, `${path}.returnMethod`, problems, (m, p) => readEnum(m, RETURN_METHODS, p, problems));
      if (methods?.length) node.returnMethod = [...new Set(methods)].map(schemaUrl);
    }

    const rawRefund = own(record, 'refundType');
    if (level === 'offer' && rawRefund !== undefined && rawRefund !== null) {
      problems.error(`${path}.refundType`, 'no refundType on an offer (organization-level policies only)', rawRefund);
    } else {
      const refund = readEnum(rawRefund, REFUND_TYPES, `${path}.refundType`, problems);
      if (refund) node.refundType = schemaUrl(refund);
    }
    if (link) node.merchantReturnLink = link;
    return node;
  });
}

const REGION_COUNTRIES = new Set(['US', 'AU', 'JP']);
const POSTAL_CODE_COUNTRIES = new Set(['AU', 'CA', 'US']);
const REGION_CODE = /^[A-Z0-9]{1,3}$/;
const POSTAL_CODE = /^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,14}[A-Za-z0-9])?$/;

/** One destination; left out whole when a region or postal code is unusable, so a rate is never widened. */
function shippingDestination(value: unknown, path: string, problems: ProblemList): DefinedRegionLeaf | undefined {
  const record = readRecord(value, path, problems, 'a destination { addressCountry }');
  if (!record) return undefined;
  const rawCountry = own(record, 'addressCountry');
  const country = readCountry(rawCountry, `${path}.addressCountry`, problems);
  if (!country) {
    if (rawCountry === undefined || rawCountry === null) problems.error(`${path}.addressCountry`, 'a two-letter country code (required)', rawCountry);
    return undefined;
  }
  const rawRegions = own(record, 'addressRegion');
  const rawPostal = own(record, 'postalCode');
  const node: DefinedRegionLeaf = { '@type': 'DefinedRegion', addressCountry: country };
  if (listed(rawRegions) && listed(rawPostal)) {
    problems.error(path, 'addressRegion or postalCode, not both (the destination was left out)', value);
    return undefined;
  }
  if (listed(rawRegions)) {
    if (!REGION_COUNTRIES.has(country)) {
      problems.error(`${path}.addressRegion`, 'regions only for US, AU or JP (the destination was left out)', rawRegions);
      return undefined;
    }
    const check = new ProblemList();
    const regions = readList(rawRegions, `${path}.addressRegion`, check, (r, p) =>
      readCode(r, REGION_CODE, p, check, 'an ISO 3166-2 subdivision code without the country, such as NY'),
    );
    problems.items.push(...check.items);
    if (!regions || check.hasErrors) return undefined;
    node.addressRegion = regions;
  }
  if (listed(rawPostal)) {
    if (!POSTAL_CODE_COUNTRIES.has(country)) {
      problems.error(`${path}.postalCode`, 'postal codes only for AU, CA or US (the destination was left out)', rawPostal);
      return undefined;
    }
    const check = new ProblemList();
    const codes = readList(rawPostal, `${path}.postalCode`, check, (c, p) => readCode(c, POSTAL_CODE, p, check, 'a postal code'));
    problems.items.push(...check.items);
    if (!codes || check.hasErrors) return undefined;
    node.postalCode = codes;
  }
  return node;
}

function dayRange(value: unknown, path: string, problems: ProblemList): QuantitativeValueLeaf | undefined {
  const record = readRecord(value, path, problems, 'a range of days { minValue, maxValue }');
  if (!record) return undefined;
  const rule = { min: 0, integer: true, expected: 'a whole number of days of at least 0' };
  const min = readNumber(own(record, 'minValue'), `${path}.minValue`, problems, rule);
  const max = readNumber(own(record, 'maxValue'), `${path}.maxValue`, problems, rule);
  if (min === undefined || max === undefined || min > max) {
    problems.error(path, 'whole numbers of days with minValue not above maxValue', value);
    return undefined;
  }
  return { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitCode: 'DAY' };
}

/** Shipping details plus the currency they were given in (checked against each offer). */
function shippingParts(
  details: unknown,
  problems: ProblemList,
  path: string,
): { node: OfferShippingDetailsLeaf; currency: string } | undefined {
  const record = readRecord(details, path, problems, 'shipping details');
  if (!record) return undefined;
  const rawRate = own(record, 'shippingRate');
  const rate = readMoney(rawRate, `${path}.shippingRate`, problems, { positive: false });
  if (rawRate === undefined || rawRate === null) problems.error(`${path}.shippingRate`, 'a shipping rate { value, currency } (required)', rawRate);
  const rawDestinations = own(record, 'shippingDestination');
  const destinations = readArray(rawDestinations, `${path}.shippingDestination`, problems, (d, p) => shippingDestination(d, p, problems));
  if (!destinations?.length) {
    problems.error(`${path}.shippingDestination`, 'at least one usable destination (the shipping details were left out)', rawDestinations);
    return undefined;
  }
  if (!rate) return undefined;
  const node: OfferShippingDetailsLeaf = {
    '@type': 'OfferShippingDetails',
    shippingRate: rate,
    shippingDestination: destinations,
  };
  const handling = dayRange(own(record, 'handlingTime'), `${path}.handlingTime`, problems);
  const transit = dayRange(own(record, 'transitTime'), `${path}.transitTime`, problems);
  if (handling || transit) {
    const time: ShippingDeliveryTimeLeaf = { '@type': 'ShippingDeliveryTime' };
    if (handling) time.handlingTime = handling;
    if (transit) time.transitTime = transit;
    node.deliveryTime = time;
  }
  return { node, currency: rate.currency as string };
}

/**
 * `OfferShippingDetails`: a rate (currency required, value at least 0; 0 is
 * free shipping), destinations by country (regions for US/AU/JP or postal
 * codes for AU/CA/US, never both) and handling/transit times in whole days.
 * With `offerCurrency`, a rate in another currency is left out.
 */
export function buildOfferShippingDetails(
  details: ShippingDetails,
  problems: ProblemList,
  path = 'shipping',
  offerCurrency?: string,
): OfferShippingDetails | undefined {
  return guarded(problems, path, () => {
    const parts = shippingParts(details, problems, path);
    if (!parts) return undefined;
    if (offerCurrency !== undefined && parts.currency !== offerCurrency) {
      problems.error(`${path}.shippingRate.currency`, `the offer's currency, ${offerCurrency}`, parts.currency);
      return undefined;
    }
    return parts.node;
  });
}

/* ------------------------------------------------------------ Certification */

function readRatingText(value: unknown, path: string, problems: ProblemList): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readString(value, path, problems, { nonEmpty: true, maxLength: 100 });
}

/**
 * A `Certification` with the required `name` and `issuedBy.name`. For EU
 * energy labels (`EPREL`) a missing `certificationIdentification`, or a rating
 * without `bestRating`/`worstRating`, is a warning.
 */
export function buildCertification(
  certification: ProductCertification,
  problems: ProblemList,
  path = 'certification',
): Certification | undefined {
  return guarded(problems, path, () => {
    const record = readRecord(certification, path, problems, 'a certification');
    if (!record) return undefined;
    const name = readRequiredText(own(record, 'name'), `${path}.name`, problems, 'the certification name (required)');
    const issuer = readRequiredText(own(record, 'issuedBy'), `${path}.issuedBy`, problems, 'the issuing organization name (required)');
    if (name === undefined || issuer === undefined) return undefined;
    const node: CertificationLeaf = { '@type': 'Certification', name, issuedBy: { '@type': 'Organization', name: issuer } };
    const identification = readString(own(record, 'certificationIdentification'), `${path}.certificationIdentification`, problems, {
      nonEmpty: true,
    });
    if (identification !== undefined) node.certificationIdentification = identification;
    const rating = readRecord(own(record, 'certificationRating'), `${path}.certificationRating`, problems, 'a rating { ratingValue }');
    if (rating) {
      const ratingPath = `${path}.certificationRating`;
      const rawValue = own(rating, 'ratingValue');
      const value = readRatingText(rawValue, `${ratingPath}.ratingValue`, problems);
      if (value === undefined) {
        if (rawValue === undefined || rawValue === null) problems.error(`${ratingPath}.ratingValue`, 'a rating value (required with certificationRating)', rawValue);
      } else {
        const ratingNode: RatingLeaf = { '@type': 'Rating', ratingValue: value };
        const best = readRatingText(own(rating, 'bestRating'), `${ratingPath}.bestRating`, problems);
        const worst = readRatingText(own(rating, 'worstRating'), `${ratingPath}.worstRating`, problems);
        if (best !== undefined) ratingNode.bestRating = best;
        if (worst !== undefined) ratingNode.worstRating = worst;
        if (name === 'EPREL' && (best === undefined || worst === undefined)) {
          problems.warn(ratingPath, 'bestRating and worstRating (required by Google for EU energy ratings)', rating);
        }
        node.certificationRating = ratingNode;
      }
    }
    if (name === 'EPREL' && identification === undefined) {
      problems.warn(`${path}.certificationIdentification`, 'the EPREL code (required by Google for EU energy labels)', undefined);
    }
    const url = readUrl(own(record, 'url'), `${path}.url`, problems);
    if (url) node.url = url;
    const validFrom = readIsoDay(own(record, 'validFrom'), `${path}.validFrom`, problems);
    if (validFrom) node.validFrom = validFrom;
    const expires = readIsoDay(own(record, 'expires'), `${path}.expires`, problems);
    if (expires) node.expires = expires;
    return node;
  });
}

/* ------------------------------------------------------------------ Product */

/** What {@link buildProduct} combines into one `Product` node. */
export interface ProductJsonLdInput {
  product: Product;
  /** Average and counts over all published reviews. */
  aggregate?: Aggregate;
  /** The reviews visible on the page (Google: mark up all of them). */
  reviews?: Review[];
  /** The scale of `reviews`; 1..5 when not given. */
  scale?: RatingScale;
  /** Emitted on every offer (offer-level subset). */
  returnPolicy?: ReturnPolicy;
  /** Emitted on every offer whose currency matches the rate's. */
  shipping?: ShippingDetails[];
  /** At most 10. */
  certifications?: ProductCertification[];
}

const GTIN = /^(?:\d{8}|\d{12,14})$/;
const PRICE = /^\d+(?:\.\d+)?$/;

function readPrice(value: unknown, path: string, problems: ProblemList): string | undefined {
  const expected = 'a price as dot-decimal text without symbols or separators, such as 49.90';
  if (value === undefined || value === null) {
    problems.error(path, `${expected} (required)`, value);
    return undefined;
  }
  let text: string | undefined;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) {
    text = String(value);
    problems.warn(path, `${expected} (a number was converted)`, value);
  }
  if (text === undefined || !PRICE.test(text)) {
    problems.error(path, expected, value);
    return undefined;
  }
  if (Number(text) === 0) problems.warn(path, 'a price above 0 (merchant listings reject a price of 0)', value);
  return text;
}

interface OfferExtras {
  returnPolicy?: MerchantReturnPolicyLeaf;
  shipping: Array<{ node: OfferShippingDetailsLeaf; currency: string; path: string }>;
}

function offerNode(value: unknown, path: string, problems: ProblemList, extras: OfferExtras): OfferLeaf | undefined {
  const record = readRecord(value, path, problems, 'an offer { price, priceCurrency }');
  if (!record) return undefined;
  const price = readPrice(own(record, 'price'), `${path}.price`, problems);
  const rawCurrency = own(record, 'priceCurrency');
  const currency = readCurrency(rawCurrency, `${path}.priceCurrency`, problems);
  if (rawCurrency === undefined || rawCurrency === null) {
    problems.error(`${path}.priceCurrency`, 'a three-letter ISO 4217 currency code (required with a price)', rawCurrency);
  }
  if (price === undefined || currency === undefined) return undefined;
  const node: OfferLeaf = { '@type': 'Offer', price, priceCurrency: currency };
  const availability = readEnum(own(record, 'availability'), AVAILABILITIES, `${path}.availability`, problems);
  if (availability) node.availability = schemaUrl(availability);
  const condition = readEnum(own(record, 'itemCondition'), ITEM_CONDITIONS, `${path}.itemCondition`, problems);
  if (condition) node.itemCondition = schemaUrl(condition);
  const url = readUrl(own(record, 'url'), `${path}.url`, problems);
  if (url) node.url = url;
  const validUntil = readIsoDay(own(record, 'priceValidUntil'), `${path}.priceValidUntil`, problems);
  if (validUntil) node.priceValidUntil = validUntil;
  if (extras.returnPolicy) node.hasMerchantReturnPolicy = extras.returnPolicy;
  const shipping: OfferShippingDetailsLeaf[] = [];
  for (const item of extras.shipping) {
    if (item.currency === currency) shipping.push(item.node);
    else problems.error(`${item.path}.shippingRate.currency`, `the currency of ${path}, ${currency} (left out of that offer)`, item.currency);
  }
  if (shipping.length) node.shippingDetails = shipping;
  return node;
}

/**
 * The page's one `Product` node, with `@context`, nested offers,
 * `aggregateRating` and `review`. `undefined` (with a problem) when the
 * product has no name. Each value that breaks Google's rules is left out and
 * reported; reviews are checked one by one and the valid ones stay.
 */
export function buildProduct(input: ProductJsonLdInput, problems: ProblemList): WithContext<ProductNode> | undefined {
  return guarded(problems, 'product', () => {
    const record = readRecord(input, 'input', problems, 'an object { product, aggregate, reviews, ... }');
    if (!record) return undefined;
    const rawProduct = own(record, 'product');
    const product = readRecord(rawProduct, 'product', problems, 'a product { name, ... }');
    if (!product) {
      if (rawProduct === undefined || rawProduct === null) problems.error('product', 'a product { name, ... } (required)', rawProduct);
      return undefined;
    }
    const name = readRequiredText(own(product, 'name'), 'product.name', problems, 'the product name (required)');
    if (name === undefined) return undefined;
    const id = readUrl(own(product, 'id'), 'product.id', problems);
    const node: WithContext<ProductLeaf> = {
      '@context': SCHEMA,
      '@type': 'Product',
      ...(id ? { '@id': id } : {}),
      name,
    };

    const description = readString(own(product, 'description'), 'product.description', problems);
    if (description) node.description = description;
    const sku = readString(own(product, 'sku'), 'product.sku', problems, { nonEmpty: true, maxLength: 500 });
    if (sku !== undefined) {
      if (/\s/.test(sku)) problems.warn('product.sku', 'a sku without white space (Google recommendation)', sku);
      node.sku = sku;
    }
    const gtin = readCode(own(product, 'gtin'), GTIN, 'product.gtin', problems, 'a numeric GTIN of 8, 12, 13 or 14 digits');
    if (gtin) node.gtin = gtin;
    const mpn = readString(own(product, 'mpn'), 'product.mpn', problems, { nonEmpty: true, maxLength: 500 });
    if (mpn !== undefined) node.mpn = mpn;
    const brand = readString(own(product, 'brand'), 'product.brand', problems, { nonEmpty: true, maxLength: 500 });
    if (brand !== undefined) node.brand = { '@type': 'Brand', name: brand };
    const images = readArray(own(product, 'image'), 'product.image', problems, (item, p) => readUrl(item, p, problems), 100);
    if (images?.length) node.image = images;
    const url = readUrl(own(product, 'url'), 'product.url', problems);
    if (url) node.url = url;

    const rawPolicy = own(record, 'returnPolicy');
    const returnPolicy =
      rawPolicy === undefined || rawPolicy === null
        ? undefined
        : (buildMerchantReturnPolicy(rawPolicy as ReturnPolicy, problems, 'returnPolicy', 'offer') as MerchantReturnPolicyLeaf | undefined);
    const shipping =
      readArray(own(record, 'shipping'), 'shipping', problems, (item, p) => {
        const parts = shippingParts(item, problems, p);
        return parts && { ...parts, path: p };
      }) ?? [];
    const offers = readArray(own(product, 'offers'), 'product.offers', problems, (item, p) =>
      offerNode(item, p, problems, { returnPolicy, shipping }),
    );
    if (offers?.length) node.offers = offers;
    else if (returnPolicy || shipping.length) {
      problems.error(
        returnPolicy ? 'returnPolicy' : 'shipping',
        'an offer to attach to (return policy and shipping are emitted on product.offers; they were left out)',
        returnPolicy ? rawPolicy : own(record, 'shipping'),
      );
    }
    if (offers?.length && !images?.length) problems.warn('product.image', 'at least one image URL (required for merchant listings)', undefined);

    const certifications = readArray(
      own(record, 'certifications'),
      'certifications',
      problems,
      (item, p) => buildCertification(item as ProductCertification, problems, p),
      10,
    );
    if (certifications?.length) node.hasCertification = certifications;

    const rawAggregate = own(record, 'aggregate');
    const aggregate = rawAggregate === undefined || rawAggregate === null ? undefined : aggregateParts(rawAggregate, problems, 'aggregate');
    const rawScale = own(record, 'scale');
    const scale = readScale(rawScale, 'scale', problems);
    const rawReviews = own(record, 'reviews');
    let reviewed: Array<{ node: ReviewLeaf; ratingValue: number }> = [];
    if (scale) reviewed = readArray(rawReviews, 'reviews', problems, (item, p) => reviewParts(item, scale, problems, p)) ?? [];
    else if (Array.isArray(rawReviews) && rawReviews.length) problems.error('reviews', 'reviews on a valid scale (all were left out)', rawReviews);

    const reviews = reviewed.map((review) => review.node);
    if (aggregate) {
      if (aggregate.count < reviews.length) {
        problems.error(
          'aggregate.reviewCount',
          `a count of at least ${reviews.length}, the number of reviews marked up (a smaller count is misleading; the aggregate was left out)`,
          aggregate.count,
        );
      } else {
        if (aggregate.count === reviews.length && scale && scale.best === aggregate.scale.best && scale.worst === aggregate.scale.worst) {
          let sum = 0;
          for (const review of reviewed) sum += review.ratingValue;
          const mean = Math.round((sum / reviews.length) * 100) / 100;
          if (Math.abs(mean - aggregate.ratingValue) > 0.011) {
            problems.warn('aggregate.ratingValue', `the mean of the ${reviews.length} reviews marked up, ${mean}`, aggregate.ratingValue);
          }
        }
        node.aggregateRating = aggregate.node;
      }
    }
    if (reviews.length) node.review = reviews;
    if (!node.offers && !node.aggregateRating && !node.review) {
      problems.warn('product', 'at least one of offers, aggregate or reviews (Google product snippets need one)', undefined);
    }
    return node;
  });
}

/* ------------------------------------------------------------- Organization */

/** What else a caller may hand to {@link buildOrganization}; ratings are refused. */
export interface OrganizationJsonLdExtras {
  /** Refused: Google's self-serving review rule (see {@link SELF_SERVING_RULE}). */
  aggregate?: unknown;
  /** Refused: Google's self-serving review rule. */
  reviews?: unknown;
  /** The shop's standard return policy (organization level). */
  returnPolicy?: ReturnPolicy;
}

/** Why ratings on the shop's own Organization/LocalBusiness are refused. */
export const SELF_SERVING_RULE =
  "Google's self-serving review rule: a business that controls the reviews about itself gets no review stars for " +
  'Organization or LocalBusiness markup on its own pages, so ratings belong on the Product instead';

function withOrganizationType(type: OrganizationType, props: Omit<OrganizationLeaf, '@type'>): Exclude<Organization, string> {
  switch (type) {
    case 'OnlineStore':
      return { ...props, '@type': 'OnlineStore' };
    case 'OnlineBusiness':
      return { ...props, '@type': 'OnlineBusiness' };
    case 'LocalBusiness':
      return { ...props, '@type': 'LocalBusiness' };
    case 'Store':
      return { ...props, '@type': 'Store' };
    default:
      return { ...props, '@type': 'Organization' };
  }
}

/**
 * The shop's `Organization` (or `OnlineStore`, `LocalBusiness`, ...) node.
 * Ratings and reviews of the shop itself, whether passed in `extras` or
 * found on `org` (`aggregateRating`, `aggregate`, `review`, `reviews`), are
 * refused and reported: see {@link SELF_SERVING_RULE}.
 */
export function buildOrganization(
  org: OrganizationInfo,
  problems: ProblemList,
  extras: OrganizationJsonLdExtras = {},
): WithContext<Organization> | undefined {
  return guarded(problems, 'organization', () => {
    const record = readRecord(org, 'organization', problems, 'an organization { name, ... }');
    if (!record) return undefined;
    const type = readEnum(own(record, 'type'), ORGANIZATION_TYPES, 'organization.type', problems) ?? 'Organization';
    const extrasRecord = isRecord(extras) ? extras : {};
    const refused: Array<[string, unknown]> = [
      ['aggregateRating', own(extrasRecord, 'aggregate')],
      ['aggregateRating', own(record, 'aggregateRating')],
      ['aggregateRating', own(record, 'aggregate')],
      ['review', own(extrasRecord, 'reviews')],
      ['review', own(record, 'review')],
      ['review', own(record, 'reviews')],
    ];
    for (const [property, value] of refused) {
      if (value !== undefined && value !== null) {
        problems.error(`organization.${property}`, `no ${property} on ${type} markup (${SELF_SERVING_RULE})`, value);
      }
    }
    const name = readRequiredText(own(record, 'name'), 'organization.name', problems, 'the organization name');
    if (name === undefined) return undefined;
    const id = readUrl(own(record, 'id'), 'organization.id', problems);
    const props: Omit<OrganizationLeaf, '@type'> = { ...(id ? { '@id': id } : {}), name };
    const description = readString(own(record, 'description'), 'organization.description', problems);
    if (description) props.description = description;
    const url = readUrl(own(record, 'url'), 'organization.url', problems);
    if (url) props.url = url;
    const logo = readUrl(own(record, 'logo'), 'organization.logo', problems);
    if (logo) props.logo = logo;
    const sameAs = readArray(own(record, 'sameAs'), 'organization.sameAs', problems, (item, p) => readUrl(item, p, problems), 100);
    if (sameAs?.length) props.sameAs = sameAs;
    const rawPolicy = own(extrasRecord, 'returnPolicy');
    if (rawPolicy !== undefined && rawPolicy !== null) {
      const policy = buildMerchantReturnPolicy(rawPolicy as ReturnPolicy, problems, 'returnPolicy', 'organization');
      if (policy) props.hasMerchantReturnPolicy = policy;
    }
    return { '@context': SCHEMA, ...withOrganizationType(type, props) };
  });
}

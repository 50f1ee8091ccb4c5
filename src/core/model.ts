/**
 * The library's data model: the validated, normalised values every element
 * renders and every JSON-LD builder reads. Parsers in `feed.ts` turn
 * untrusted input (the review-feed JSON, inline JSON, attributes, imported
 * schema.org markup) into these shapes; nothing else creates them.
 *
 * All values are plain data (strings, numbers, booleans, arrays, plain
 * objects). Text is kept exactly as given; URLs are absolute http(s) URLs
 * that passed {@link safeUrl}; dates carry their ISO text and a timestamp.
 */
import type { IsoDate } from './read.js';

/** Where a review came from. Shown on every card; configuration cannot hide it. */
export const PROVENANCES = [
  'verified-purchase',
  'invited',
  'organic',
  'imported',
  'syndicated',
  'incentivized',
  'staff',
] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** How an author's name is shown: `Anna Svensson`, `Anna S.`, or "Anonymous". */
export const AUTHOR_DISPLAYS = ['full', 'first-initial', 'anonymous'] as const;
export type AuthorDisplay = (typeof AUTHOR_DISPLAYS)[number];

export interface ReviewAuthor {
  name: string;
  display: AuthorDisplay;
  /** schema.org type of the author; `person` unless the feed says otherwise. */
  type: 'person' | 'organization';
}

export interface ReviewPhoto {
  url: string;
  alt: string;
}

export interface MerchantReply {
  body: string;
  author?: string;
  date?: IsoDate;
}

/** The scale ratings are given on; Google assumes 1..5 when not stated. */
export interface RatingScale {
  best: number;
  worst: number;
}

export interface Review {
  /** Unique within the feed (duplicates are made unique by the parser and reported). */
  id: string;
  author: ReviewAuthor;
  /** On the feed's scale, `worst <= rating <= best`. */
  rating: number;
  title?: string;
  body?: string;
  /** When the review was published. */
  date: IsoDate;
  /** BCP 47 language tag of the review text. */
  language?: string;
  /** `undefined` when the feed did not say: shown as "source not stated", never guessed. */
  provenance?: Provenance;
  photos: ReviewPhoto[];
  pros: string[];
  cons: string[];
  reply?: MerchantReply;
  helpful: { up: number; down: number };
}

export const VERIFICATION_LEVELS = ['verified-buyers-only', 'some-verified', 'not-verified'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

/** The shop's statement on how reviews are collected and checked (EU Omnibus Directive). */
export interface ReviewDisclosure {
  verification: VerificationLevel;
  /** How the shop checks reviews, in its own words. */
  description?: string;
  /** How reviews are moderated (what is removed and why). */
  moderation?: string;
  policyUrl?: string;
}

/** Average and counts over all published reviews, as stated by the shop or computed. */
export interface Aggregate {
  ratingValue: number;
  /** Number of reviews (with or without text). */
  reviewCount: number;
  /** Number of ratings, when it differs from the number of reviews. */
  ratingCount?: number;
  scale: RatingScale;
  /** Count per whole star (index 0 is `worst`), when known. */
  distribution?: number[];
}

export const AVAILABILITIES = [
  'BackOrder',
  'Discontinued',
  'InStock',
  'InStoreOnly',
  'LimitedAvailability',
  'OnlineOnly',
  'OutOfStock',
  'PreOrder',
  'PreSale',
  'SoldOut',
] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const ITEM_CONDITIONS = ['NewCondition', 'RefurbishedCondition', 'UsedCondition'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

export interface Offer {
  /** Dot-decimal price text without symbols, e.g. `49.90`. */
  price: string;
  /** ISO 4217 code, upper case. */
  priceCurrency: string;
  availability?: Availability;
  itemCondition?: ItemCondition;
  url?: string;
  priceValidUntil?: IsoDate;
}

/** The product a page is about; named once by `<trust-product>` or by a feed. */
export interface Product {
  /** The JSON-LD `@id`, an absolute URL such as the canonical page URL plus `#product`. */
  id?: string;
  name: string;
  description?: string;
  sku?: string;
  gtin?: string;
  mpn?: string;
  brand?: string;
  image: string[];
  url?: string;
  offers: Offer[];
}

/**
 * The key that ties a product's JSON-LD block to the elements that describe
 * it: the `@id`, or without one the name and sku (`name:Gift card;sku:GC-25`),
 * so that variants sharing a name stay apart. The browser adopts a block
 * printed on the server with the same key instead of adding a second one.
 */
export function productGraphKey(product: { readonly id?: unknown; readonly name?: unknown; readonly sku?: unknown } | undefined): string | undefined {
  if (typeof product?.id === 'string' && product.id) return product.id;
  if (typeof product?.name !== 'string' || !product.name) return undefined;
  return typeof product.sku === 'string' && product.sku ? `name:${product.name};sku:${product.sku}` : `name:${product.name}`;
}

/** A review feed after validation. */
export interface ReviewFeed {
  product?: Product;
  scale: RatingScale;
  reviews: Review[];
  aggregate?: Aggregate;
  disclosure?: ReviewDisclosure;
  /** Number of published reviews in the whole set (more than `reviews.length` when paged). */
  total?: number;
  /** Absolute URL of the next page of the feed. */
  next?: string;
}

export const DEFAULT_SCALE: RatingScale = Object.freeze({ best: 5, worst: 1 });

/* ------------------------------------------------------------------------
 * Shop-level facts for JSON-LD: the organization, return policy, shipping
 * and certifications. Plain data like everything above; property names
 * follow schema.org so plugin authors can map their data one to one.
 * ---------------------------------------------------------------------- */

/** schema.org types a shop may describe itself with (use the most specific one). */
export const ORGANIZATION_TYPES = ['Organization', 'OnlineStore', 'OnlineBusiness', 'LocalBusiness', 'Store'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** The shop itself, as shown on its home or about page. Never carries ratings of itself. */
export interface OrganizationInfo {
  /** The JSON-LD `@id`, e.g. the home page URL plus `#org`. */
  id?: string;
  /** `Organization` unless stated. */
  type?: OrganizationType;
  name: string;
  description?: string;
  url?: string;
  logo?: string;
  /** Profiles of the same organization elsewhere (absolute URLs). */
  sameAs: string[];
}

/** An amount of money, e.g. a return shipping fee or a shipping rate. */
export interface MonetaryValue {
  /** Zero or more, dot-decimal number (0 means free). */
  value: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

export const RETURN_POLICY_CATEGORIES = [
  'MerchantReturnFiniteReturnWindow',
  'MerchantReturnNotPermitted',
  'MerchantReturnUnlimitedWindow',
] as const;
export type ReturnPolicyCategory = (typeof RETURN_POLICY_CATEGORIES)[number];

export const RETURN_FEES = ['FreeReturn', 'ReturnFeesCustomerResponsibility', 'ReturnShippingFees'] as const;
export type ReturnFees = (typeof RETURN_FEES)[number];

export const RETURN_METHODS = ['ReturnAtKiosk', 'ReturnByMail', 'ReturnInStore'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const REFUND_TYPES = ['ExchangeRefund', 'FullRefund', 'StoreCreditRefund'] as const;
export type RefundType = (typeof REFUND_TYPES)[number];

/**
 * A merchant return policy (Google: option A is countries plus category;
 * option B, organization level only, is just `merchantReturnLink`).
 */
export interface ReturnPolicy {
  /** The JSON-LD `@id`, e.g. the returns page URL plus `#policy`. */
  id?: string;
  /** ISO 3166-1 alpha-2 codes, upper case, at most 50. */
  applicableCountry: string[];
  returnPolicyCategory?: ReturnPolicyCategory;
  /** Days to return; required for `MerchantReturnFiniteReturnWindow`. */
  merchantReturnDays?: number;
  returnFees?: ReturnFees;
  /** Required with `ReturnShippingFees` (greater than 0), not allowed with the other fees. */
  returnShippingFeesAmount?: MonetaryValue;
  returnMethod?: ReturnMethod[];
  /** Organization level only. */
  refundType?: RefundType;
  /** The returns page; organization level only. */
  merchantReturnLink?: string;
}

/** Where a shipping rate applies: one country, optionally narrowed to regions or postal codes (not both). */
export interface ShippingDestination {
  /** ISO 3166-1 alpha-2, upper case. */
  addressCountry: string;
  /** ISO 3166-2 subdivision codes without the country prefix (US, AU, JP only). */
  addressRegion?: string[];
  /** Postal codes (AU, CA, US only). */
  postalCode?: string[];
}

/** A span of whole days, e.g. 1 to 3 days in transit. */
export interface DayRange {
  minValue: number;
  maxValue: number;
}

/** One shipping rate for a set of destinations. */
export interface ShippingDetails {
  /** In the currency of the offer it belongs to; value 0 means free shipping. */
  shippingRate: MonetaryValue;
  shippingDestination: ShippingDestination[];
  handlingTime?: DayRange;
  transitTime?: DayRange;
}

/** A certification of the product (an energy label, an organic seal, ...). */
export interface ProductCertification {
  /** The certification's name; Google supports `EPREL`, `Vehicle_CO2_Class`, ... */
  name: string;
  /** Name of the issuing organization, e.g. `European_Commission`. */
  issuedBy: string;
  /** The certificate's code, e.g. the EPREL registration number. */
  certificationIdentification?: string;
  /** A graded certification such as an energy class: `C` on a scale from `A` to `G`. */
  certificationRating?: { ratingValue: string; bestRating?: string; worstRating?: string };
  url?: string;
  validFrom?: IsoDate;
  expires?: IsoDate;
}

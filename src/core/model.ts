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

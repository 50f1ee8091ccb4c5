/**
 * The review feed wire format, version 1: the JSON a shop or plugin hands to
 * the review components (as a property, an inline JSON child or a `src`
 * URL). `parseReviewFeed` in `feed.ts` turns it into the validated
 * {@link ReviewFeed} model; `review-feed.schema.json` describes the same
 * format as a JSON Schema (draft 2020-12).
 *
 * Conventions:
 * - Text is kept exactly as given (no HTML, no Markdown, no trimming) and is
 *   always shown as text. Length limits count UTF-16 code units and are
 *   listed in `FEED_LIMITS`.
 * - Dates are ISO 8601: `2024-05-17` or `2024-05-17T09:30:00Z`.
 * - URLs may be absolute or relative to the `baseUrl` given to the parser;
 *   only http(s) URLs without a user name or password are used, and images
 *   only from the allowed image hosts. Other URLs are left out with a warning.
 * - Keys not listed here are ignored, so feeds may carry their own extras.
 * - A field marked "required" that is missing is reported: the item it
 *   belongs to is left out, except where a field says otherwise.
 */
import type { AuthorDisplay, Availability, ItemCondition, Provenance, VerificationLevel } from './model.js';

/** A whole review feed, or one page of it. */
export interface ReviewFeedJson {
  /** Format version; always `1`. Required (a missing version is a warning, another number an error). */
  version: 1;
  /** The product the reviews are about. */
  product?: ProductJson;
  /** The rating scale; `{ best: 5, worst: 1 }` when not given (a later page: the first page's; another one is refused). */
  scale?: RatingScaleJson;
  /** Average and counts over all published reviews, as the shop states them. */
  aggregate?: AggregateJson;
  /** How reviews are collected and checked (required by EU law wherever reviews are shown). */
  disclosure?: ReviewDisclosureJson;
  /** Required list of reviews, in the order the shop wants them shown (may be empty). */
  reviews: ReviewJson[];
  /** Number of published reviews in the whole set; at least the number of entries in `reviews`. */
  total?: number;
  /** URL of the next page of this feed, when paged; on the feed's own origin (a link elsewhere is refused). */
  next?: string;
}

/** The rating scale: whole numbers, `0 <= worst < best <= 100`. */
export interface RatingScaleJson {
  /** Highest rating; default 5. */
  best?: number;
  /** Lowest rating; default 1. */
  worst?: number;
}

/** One published review. */
export interface ReviewJson {
  /** Required; unique within the feed (a text, or a whole number that is read as text with a warning). Max 200. */
  id: string;
  /** Required; a plain string is a person's full name shown in full. */
  author: string | ReviewAuthorJson;
  /**
   * Required; on the feed's scale, in whole or half steps (`4` or `4.5`).
   * A value outside the scale is rejected, never clamped.
   */
  rating: number;
  /** Optional headline; max 300. Empty text counts as not given. */
  title?: string;
  /** Optional review text; max 20,000. Line breaks are kept. Empty text counts as not given. */
  body?: string;
  /** Required publication date; more than one day in the future is an error (the review is left out). */
  date: string;
  /** BCP 47 tag of the review's language (`sv`, `en-GB`); kept in canonical form. */
  language?: string;
  /**
   * Where the review came from. Required in the schema; when missing the parser
   * only warns and the review is shown as "source not stated". Only
   * `verified-purchase` makes a review count as verified.
   */
  provenance: Provenance;
  /** Photos from the reviewer; at most 20. */
  photos?: ReviewPhotoJson[];
  /** What the reviewer liked; at most 20 items of at most 500 characters. */
  pros?: string[];
  /** What the reviewer disliked; at most 20 items of at most 500 characters. */
  cons?: string[];
  /** The shop's public answer. */
  reply?: MerchantReplyJson;
  /** Helpful votes from other shoppers. */
  helpful?: HelpfulVotesJson;
}

export interface ReviewAuthorJson {
  /** Required full name as given by the reviewer; max 200. Never shown when `display` is `anonymous`. */
  name: string;
  /** How the name is shown: `full` (default), `first-initial` ("Anna S.") or `anonymous`. */
  display?: AuthorDisplay;
  /** `person` (default) or `organization`. */
  type?: 'person' | 'organization';
}

export interface ReviewPhotoJson {
  /** Required image URL; must be on an allowed image host. */
  url: string;
  /** Required text alternative describing the photo; max 1,000. Missing alt is a warning (empty alt is used). */
  alt: string;
}

export interface MerchantReplyJson {
  /** Required reply text; max 20,000. */
  body: string;
  /** Who answered (a name or a team); max 200. */
  author?: string;
  /** When the reply was published. */
  date?: string;
}

export interface HelpfulVotesJson {
  /** Whole number of "helpful" votes; default 0. */
  up?: number;
  /** Whole number of "not helpful" votes; default 0. */
  down?: number;
}

/** The shop's stated average and counts. */
export interface AggregateJson {
  /** Required average rating, inside the scale (any decimal). */
  rating: number;
  /** Required number of published reviews, whole, 0 or more. */
  reviewCount: number;
  /** Number of ratings (with or without text), when it differs from `reviewCount`. */
  ratingCount?: number;
  /**
   * Count per whole star: keys are whole ratings inside the scale (`"1"`..`"5"`),
   * values whole numbers; missing stars count 0. Its sum should equal
   * `ratingCount` (or `reviewCount`); a difference is a warning.
   */
  distribution?: Record<string, number>;
}

/** The review-collection disclosure (EU Omnibus Directive). */
export interface ReviewDisclosureJson {
  /** Required: whether reviews are checked to come from buyers. */
  verification: VerificationLevel;
  /** How the shop checks reviews, in its own words; max 5,000. */
  description?: string;
  /** How reviews are moderated; max 5,000. */
  moderation?: string;
  /** Link to the full review policy. */
  policyUrl?: string;
}

/** The product the feed (or a `<trust-product>` element) is about. */
export interface ProductJson {
  /** The JSON-LD `@id`: an absolute URL, or relative to `baseUrl` (`#product`). */
  id?: string;
  /** Required product name; max 500. */
  name: string;
  /** Max 5,000. */
  description?: string;
  /** Shop's stock keeping unit, no white space; max 100. */
  sku?: string;
  /** GTIN-8, -12 (UPC), -13 (EAN) or -14, as text of digits (a wrong check digit is a warning). */
  gtin?: string;
  /** Manufacturer part number; max 100. */
  mpn?: string;
  /** Brand name; max 200. */
  brand?: string;
  /** Product image URLs; at most 20, on allowed image hosts. */
  image?: string[];
  /** The product page. */
  url?: string;
  /** At most 50 offers. */
  offers?: OfferJson[];
}

/** A schema.org availability, by short name or as its full schema.org URL. */
export type AvailabilityJson = Availability | `https://schema.org/${Availability}` | `http://schema.org/${Availability}`;
/** A schema.org item condition, by short name or as its full schema.org URL. */
export type ItemConditionJson = ItemCondition | `https://schema.org/${ItemCondition}` | `http://schema.org/${ItemCondition}`;

export interface OfferJson {
  /**
   * Required price, 0 or more, with a dot as decimal separator and nothing
   * else: `"49.90"` or `49.9`. Give text to keep trailing zeros.
   */
  price: string | number;
  /** Required ISO 4217 code in upper case (`EUR`); lower case is rejected, not fixed. */
  currency: string;
  availability?: AvailabilityJson;
  condition?: ItemConditionJson;
  /** Where to buy. */
  url?: string;
  /** Last day the price is valid. */
  validUntil?: string;
}

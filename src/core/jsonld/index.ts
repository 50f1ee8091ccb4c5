/**
 * `trust-signals/jsonld`: schema.org JSON-LD for trust signals. Pure (no
 * DOM), for the browser and for server rendering in Node.
 *
 * - build: model values → schema.org nodes, with Google's rules enforced;
 * - serialize: the one escaping serializer and the SSR `<script>` string;
 * - import: existing schema.org markup → model values.
 */
export {
  SELF_SERVING_RULE,
  buildAggregateRating,
  buildCertification,
  buildMerchantReturnPolicy,
  buildOfferShippingDetails,
  buildOrganization,
  buildProduct,
  buildReview,
  type OrganizationJsonLdExtras,
  type ProductJsonLdInput,
} from './build.js';
export { MAX_JSONLD_DEPTH, MAX_JSONLD_VALUES, renderJsonLdScript, serializeJsonLd, type JsonLdRecord, type JsonLdValue } from './serialize.js';
export { MAX_JSONLD_TEXT, importJsonLd, type ImportJsonLdOptions, type ImportedJsonLd } from './import.js';
export { ANONYMOUS_AUTHOR_NAME, displayAuthorName } from '../author.js';

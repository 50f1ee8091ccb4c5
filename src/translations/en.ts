/**
 * English: the reference catalogue. Every other language implements the same
 * keys (the `Translation` type enforces it). Plural messages name the
 * parameter that selects the plural form in `by`.
 */
import type { Message } from '../core/i18n.js';

export const en = {
  // <trust-star-rating>
  ratingValue: { by: 'max', one: '{value} out of {max} star', other: '{value} out of {max} stars' },
  ratingCount: { by: 'count', one: '{count} review', other: '{count} reviews' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Not rated',
  noRatingsYet: 'No ratings yet',
  ratingInputLabel: 'Rating',
  ratingOption: { by: 'max', one: '{value} of {max} star', other: '{value} of {max} stars' },
  ratingRequired: 'Please select a rating.',
} satisfies Record<string, Message>;

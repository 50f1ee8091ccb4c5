/**
 * English: the reference catalogue, in one section per element. Each element
 * carries the English of its own section as its fallback, so a page that
 * uses only the star rating does not download the review strings. Every
 * other language implements all keys (the `Translation` type enforces it).
 * Plural messages name the parameter that selects the plural form in `by`.
 */
import type { Message } from '../core/i18n.js';

/** <trust-star-rating> */
export const starRatingMessages = {
  ratingValue: { by: 'max', one: '{value} out of {max} star', other: '{value} out of {max} stars' },
  ratingCount: { by: 'count', one: '{count} review', other: '{count} reviews' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Not rated',
  noRatingsYet: 'No ratings yet',
  ratingInputLabel: 'Rating',
  ratingOption: { by: 'max', one: '{value} of {max} star', other: '{value} of {max} stars' },
  ratingRequired: 'Please select a rating.',
} satisfies Record<string, Message>;

/** <trust-review> */
export const reviewMessages = {
  reviewAnonymous: 'Anonymous',
  provenanceVerifiedPurchase: 'Verified purchase',
  provenanceInvited: 'Invited by the shop',
  provenanceOrganic: 'Not verified',
  provenanceImported: 'Imported',
  provenanceSyndicated: 'From another site',
  provenanceIncentivized: 'Incentivized: the reviewer received a benefit',
  provenanceStaff: 'Written by staff',
  provenanceUnknown: 'Source not stated',
  reviewReadMore: 'Read more',
  reviewReadLess: 'Read less',
  reviewPros: 'Pros',
  reviewCons: 'Cons',
  reviewReplyFrom: 'Reply from {name}',
  reviewReplyFromShop: 'Reply from the shop',
  reviewWrittenIn: 'Written in {language}',
  reviewPhotos: 'Photos from the reviewer',
  reviewPhotoOpen: 'Show larger: {alt}',
  reviewPhotoUntitled: 'Photo {number}',
  reviewPhotoClose: 'Close',
  reviewHelpfulQuestion: 'Was this review helpful?',
  reviewVoteHelpful: { by: 'count', one: 'Yes ({count})', other: 'Yes ({count})' },
  reviewVoteNotHelpful: { by: 'count', one: 'No ({count})', other: 'No ({count})' },
  reviewVoteThanks: 'Thank you for your feedback.',
} satisfies Record<string, Message>;

/** <trust-review-summary> */
export const summaryMessages = {
  summaryHeading: 'Customer reviews',
  summaryBasedOn: { by: 'count', one: 'Based on {count} review', other: 'Based on {count} reviews' },
  summaryBasedOnRatings: { by: 'count', one: 'Based on {count} rating', other: 'Based on {count} ratings' },
  summaryStars: { by: 'stars', one: '{stars} star', other: '{stars} stars' },
  summaryFilterLabel: 'Show reviews by rating',
  summaryRatingCount: { by: 'count', one: '{count} rating', other: '{count} ratings' },
  summaryBar: '{stars}, {count}, {percent}',
  summaryShowAll: 'Show all reviews',
} satisfies Record<string, Message>;

/** <trust-review-list> */
export const listMessages = {
  listHeading: 'Reviews',
  listSort: 'Sort by',
  listSortNewest: 'Newest',
  listSortHighest: 'Highest rating',
  listSortLowest: 'Lowest rating',
  listSortHelpful: 'Most helpful',
  listStars: 'Rating',
  listAllStars: 'All ratings',
  listWithPhotos: 'With photos',
  listVerifiedOnly: 'Verified purchases only',
  listLanguage: 'Language',
  listAllLanguages: 'All languages',
  listSearch: 'Search reviews',
  listShowing: { by: 'total', one: 'Showing {shown} of {total} review', other: 'Showing {shown} of {total} reviews' },
  listShowingAll: { by: 'total', one: 'Showing {total} review', other: 'Showing all {total} reviews' },
  listClearFilters: 'Clear filters',
  listShowMore: 'Show more reviews',
  listPages: 'Review pages',
  listPage: 'Page {page}',
  listPrevious: 'Previous page',
  listNext: 'Next page',
  listEmpty: 'No reviews yet.',
  listNoMatch: 'No reviews match these filters.',
  listLoading: 'Loading reviews…',
  listError: 'The reviews could not be loaded.',
  listRetry: 'Try again',
  disclosureHeading: 'About these reviews',
  disclosureVerifiedBuyersOnly: 'Only customers who bought the product can write a review.',
  disclosureSomeVerified: 'Some reviews come from checked buyers; they are marked “Verified purchase”. The others are not checked.',
  disclosureNotVerified: 'The shop does not check whether reviewers bought the product.',
  disclosureMissing: 'The shop has not stated whether these reviews come from people who bought the product.',
  disclosureModeration: 'How reviews are moderated',
  disclosurePolicy: 'Review policy',
} satisfies Record<string, Message>;

/** <trust-review-form> */
export const formMessages = {
  formHeading: 'Write a review',
  formHeadingProduct: 'Review {product}',
  formOptional: '(optional)',
  formRatingLabel: 'Your rating',
  formTitleLabel: 'Title',
  formTitleTooLong: { by: 'max', one: 'The title can be at most {max} character long.', other: 'The title can be at most {max} characters long.' },
  formBodyLabel: 'Your review',
  formBodyHint: 'At least {min} and at most {max} characters.',
  formBodyMissing: 'Please write your review.',
  formBodyTooShort: { by: 'min', one: 'Your review needs at least {min} character.', other: 'Your review needs at least {min} characters.' },
  formBodyTooLong: { by: 'max', one: 'Your review can be at most {max} character long.', other: 'Your review can be at most {max} characters long.' },
  formCharacterCount: '{count} / {max}',
  formCharactersNeeded: { by: 'count', one: '{count} more character needed', other: '{count} more characters needed' },
  formCharactersLeft: { by: 'count', one: '{count} character left', other: '{count} characters left' },
  formCharactersOver: { by: 'count', one: '{count} character too many', other: '{count} characters too many' },
  formNameLabel: 'Your name',
  formNameHint: 'Shown publicly with your review.',
  formNameMissing: 'Please enter your name.',
  formNameTooLong: { by: 'max', one: 'Your name can be at most {max} character long.', other: 'Your name can be at most {max} characters long.' },
  formEmailLabel: 'Email',
  formEmailHint: 'Never published: only the shop sees it.',
  formEmailInvalid: 'Please enter an email address such as name@example.com.',
  formPhotosLabel: 'Photos',
  formPhotosHint: {
    by: 'count',
    one: 'Up to {count} JPEG, PNG or WebP image of at most {size} MB.',
    other: 'Up to {count} JPEG, PNG or WebP images of at most {size} MB each.',
  },
  formPhotosTooMany: { by: 'max', one: 'You can add at most {max} photo.', other: 'You can add at most {max} photos.' },
  formPhotoTooLarge: '{name} is larger than {size} MB.',
  formPhotoWrongType: '{name} is not a JPEG, PNG or WebP image.',
  formConsent: 'I agree to the {terms} for publishing my review.',
  formConsentTerms: 'publishing terms',
  formConsentMissing: 'Please agree to the publishing terms to send your review.',
  formOpensInNewTab: '(opens in a new tab)',
  formErrorPrefix: 'Error:',
  formErrorSummary: 'Please check the following:',
  formSubmit: 'Send review',
  formSending: 'Sending your review…',
  formSent: 'Thank you! Your review was sent. It will appear after moderation.',
  formWriteAnother: 'Write another review',
  formSendFailed: 'Your review could not be sent. What you wrote is still here: please try again.',
} satisfies Record<string, Message>;

/** All English messages. A type only: at run time each element carries just its own section. */
export type English = typeof starRatingMessages &
  typeof reviewMessages &
  typeof summaryMessages &
  typeof listMessages &
  typeof formMessages;

/** Every element class, without registering any tag (no side effects). */
export { TrustStarRating } from './components/star-rating/star-rating.component.js';
export { TrustProduct } from './components/product/product.component.js';
export { TrustReview, type ReviewVoteDetail } from './components/review/review.component.js';
export { TrustReviewSummary } from './components/review-summary/review-summary.component.js';
export { TrustReviewList, type ReviewFilters } from './components/review-list/review-list.component.js';
export { TrustReviewForm, type ReviewErrorDetail, type ReviewSentDetail, type ReviewSubmission, type ReviewSubmitDetail } from './components/review-form/review-form.component.js';
export { TrustElement } from './internal/trust-element.js';
export { defineElement } from './internal/define.js';
export { setServerPageUrl } from './internal/page.js';

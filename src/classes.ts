/** Every element class, without registering any tag (no side effects). */
export { TrustStarRating } from './components/star-rating/star-rating.component.js';
export { TrustElement } from './internal/trust-element.js';
export { defineElement } from './internal/define.js';

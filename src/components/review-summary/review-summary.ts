/** Registers `<trust-review-summary>` (and the `<trust-star-rating>` it uses). */
import '../star-rating/star-rating.js';
import { defineElement } from '../../internal/define.js';
import { TrustReviewSummary } from './review-summary.component.js';

export { TrustReviewSummary };

defineElement('trust-review-summary', TrustReviewSummary);

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-summary': TrustReviewSummary;
  }
}

/** Registers `<trust-review-list>` (and the `<trust-review>` and `<trust-star-rating>` it uses). */
import '../review/review.js';
import { defineElement } from '../../internal/define.js';
import { TrustReviewList } from './review-list.component.js';

export { TrustReviewList };

defineElement('trust-review-list', TrustReviewList);

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-list': TrustReviewList;
  }
}

/** Registers `<trust-review>` (and the `<trust-star-rating>` it uses). */
import '../star-rating/star-rating.js';
import { defineElement } from '../../internal/define.js';
import { TrustReview } from './review.component.js';

export { TrustReview };

defineElement('trust-review', TrustReview);

declare global {
  interface HTMLElementTagNameMap {
    'trust-review': TrustReview;
  }
}

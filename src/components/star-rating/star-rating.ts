/** Registers `<trust-star-rating>`. Import this module (or `trust-signals/star-rating`) to use the element. */
import { defineElement } from '../../internal/define.js';
import { TrustStarRating } from './star-rating.component.js';

export { TrustStarRating };

defineElement('trust-star-rating', TrustStarRating);

declare global {
  interface HTMLElementTagNameMap {
    'trust-star-rating': TrustStarRating;
  }
}

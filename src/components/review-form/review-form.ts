/** Registers `<trust-review-form>` (and the `<trust-star-rating>` it uses). Import this module to use the element. */
import '../star-rating/star-rating.js';
import { defineElement } from '../../internal/define.js';
import { TrustReviewForm, type ReviewErrorDetail, type ReviewSentDetail, type ReviewSubmitDetail } from './review-form.component.js';

export { TrustReviewForm };
export type { ReviewErrorDetail, ReviewSentDetail, ReviewSubmission, ReviewSubmitDetail } from './review-form.component.js';

defineElement('trust-review-form', TrustReviewForm);

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-form': TrustReviewForm;
  }
  interface HTMLElementEventMap {
    'trust-review-submit': CustomEvent<ReviewSubmitDetail>;
    'trust-review-sent': CustomEvent<ReviewSentDetail>;
    'trust-review-error': CustomEvent<ReviewErrorDetail>;
  }
}

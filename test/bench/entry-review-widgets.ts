/** Bundle entry for the size benchmark: the review widgets a product page shows (summary, list, cards, ratings). */
import '../../src/components/review-summary/review-summary.js';
import '../../src/components/review-list/review-list.js';

/**
 * `import 'trust-signals'`: registers every element and ships every
 * translation. Also re-exports the classes and the core for convenience.
 * For one element only, import `trust-signals/<element>` instead.
 */
import './components/star-rating/star-rating.js';
import './components/product/product.js';
import './components/review/review.js';
import './components/review-summary/review-summary.js';
import './components/review-list/review-list.js';
import './components/review-form/review-form.js';
import './translations/all.js';

export * from './classes.js';
export * from './core/index.js';

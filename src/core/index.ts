/**
 * The pure core: data validation, formatting, ratings, URLs and messages.
 * No DOM; works in Node for server rendering.
 */
export * from './problems.js';
export * from './read.js';
export * from './url.js';
export * from './i18n.js';
export * from './format.js';
export * from './rating.js';
export * from './feed.js';
export * from './reviews.js';
export * from './aggregate.js';
export type * from './feed-types.js';
export * from './model.js';
export * from './jsonld/index.js';
export { VERSION } from '../version.js';

/** Bundle entry for the size benchmark's baseline: Lit alone, the parts every element uses. */
export { LitElement, html, css, svg, nothing } from 'lit';

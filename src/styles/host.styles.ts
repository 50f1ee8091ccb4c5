/**
 * Styles every element uses: isolation from inherited page styles that would
 * distort an element (a theme's letter-spacing or text-transform), and the
 * focus ring.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--trust-font-family, inherit);
    font-style: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--trust-color-focus, #0a58ca);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * What the panel elements (reviews, summary, list, form) share: the private
 * variables they read, from the global `--trust-*` tokens with light
 * defaults so nothing needs a stylesheet to look right, and the
 * screen-reader-only text rule. The star rating reads the few variables it
 * needs directly, to stay small.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_text: var(--trust-color-text, #1f2328);
    --_muted: var(--trust-color-text-muted, #57606a);
    --_surface: var(--trust-color-surface, #ffffff);
    --_surface-alt: var(--trust-color-surface-alt, #f6f8fa);
    --_border: var(--trust-color-border, #d0d7de);
    --_accent: var(--trust-color-accent, #0a58ca);
    --_on-accent: var(--trust-color-on-accent, #ffffff);
    --_danger: var(--trust-color-danger, #b42318);
    --_success: var(--trust-color-success, #1a7f37);
    --_focus: var(--trust-color-focus, #0a58ca);
    --_radius: var(--trust-radius, 0.5rem);
    --_space-xs: var(--trust-space-xs, 0.25em);
    --_space-s: var(--trust-space-s, 0.5em);
    --_space-m: var(--trust-space-m, 1em);
    --_space-l: var(--trust-space-l, 1.5em);
    --_small: var(--trust-font-size-small, 0.875em);

    color: var(--_text);
  }

  /* Text for screen readers only. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

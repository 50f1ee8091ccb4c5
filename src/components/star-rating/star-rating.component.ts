import { html, svg, nothing, type PropertyValues } from 'lit';
import { formatCount, formatRating } from '../../core/format.js';
import { ProblemList } from '../../core/problems.js';
import { starFillUnits, STAR_CELL, starRowPath } from '../../core/rating.js';
import { parseDecimal } from '../../core/read.js';
import { ProductLink } from '../../internal/product-link.js';
import { TrustElement } from '../../internal/trust-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { starRatingMessages } from '../../translations/en.js';
import { starRatingStyles } from './star-rating.styles.js';

/** Attribute text becomes a number when it is one, and stays text (to be reported) when not. */
const numberOrText = {
  fromAttribute: (text: string | null) => (text === null ? undefined : (parseDecimal(text) ?? text)),
  toAttribute: (value: unknown) => (value === undefined || value === null ? null : String(value)),
};

const MAX_STARS = 10;

/**
 * A star rating: an exact, accessible display of an average, or a
 * form-associated input for review forms.
 *
 * @summary Shows a rating with exact fractional fill and one accessible text, or takes a rating in a form.
 *
 * @csspart base - The wrapper; carries the accessible text in display mode.
 * @csspart stars - The SVG row of stars.
 * @csspart count - The number of reviews, in parentheses.
 * @csspart option - Each choice (a radio) in input mode.
 *
 * @cssproperty --star-size - Height of one star. Default `var(--trust-star-size, 1.25em)`.
 * @cssproperty --star-color - Fill of the filled part of a star.
 * @cssproperty --star-empty-color - Fill of the empty part of a star.
 * @cssproperty --star-outline-color - Outline of every star (keep 3:1 against the background).
 *
 * @event input - The user picked a rating (input mode only; never when code sets `value`).
 * @event change - The user committed a rating (input mode only; never when code sets `value`).
 */
export class TrustStarRating extends TrustElement {
  static override styles = [hostStyles, starRatingStyles];
  static override messages = starRatingMessages;
  static override shadowRootOptions = { ...TrustElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  static override properties = {
    value: { converter: numberOrText },
    max: { converter: numberOrText },
    count: { converter: numberOrText },
    mode: {},
    precision: { converter: numberOrText },
    name: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    hoverValue: { state: true },
    formDisabled: { state: true },
  };

  /** The rating, from 0 to `max`. In input mode the `value` attribute is the default that a form reset returns to. */
  value?: number;
  /** Number of stars (a whole number from 1 to 10). */
  max = 5;
  /** Number of reviews or ratings behind the value; shown in parentheses and in the accessible text. */
  count?: number;
  /** `display` (default) shows a rating; `input` lets a person choose one. */
  mode: 'display' | 'input' = 'display';
  /** Input mode: the smallest step, `1` (default) or `0.5` for half stars. */
  precision = 1;
  /** Input mode: the form field name. */
  name = '';
  /** Input mode: a rating must be chosen before the form submits. */
  required = false;
  /** Input mode: not focusable, not editable, not submitted. */
  disabled = false;
  /** Input mode: focusable and submitted, but not editable. */
  readonly = false;

  private hoverValue?: number;
  private formDisabled = false;
  /** Whether input mode has written form state that display mode must clear. */
  private formSynced = false;
  /** Inside a `<trust-product>`, a displayed average and count become the product's aggregate rating. */
  private readonly productLink = new ProductLink(this);
  private readonly internals?: ElementInternals;

  /** Validated values used for rendering (never NaN, never out of range). */
  private shown: { max: number; value?: number; count?: number; input: boolean; step: number } = {
    max: 5,
    input: false,
    step: 1,
  };

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // Without ElementInternals the rating still displays; it just takes no part in forms.
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('max') || changed.has('count') || changed.has('mode') || changed.has('precision')) {
      this.validate();
    }
  }

  private validate(): void {
    const problems = new ProblemList();
    const input = this.mode === 'input';
    if (this.mode !== 'display' && this.mode !== 'input' && this.mode !== undefined && this.mode !== null) {
      problems.error('mode', '"display" or "input"', this.mode);
    }
    let max = 5;
    if (this.max !== undefined && this.max !== null) {
      if (typeof this.max === 'number' && Number.isInteger(this.max) && this.max >= 1 && this.max <= MAX_STARS) max = this.max;
      else problems.error('max', `a whole number from 1 to ${MAX_STARS}`, this.max);
    }
    let step = 1;
    if (this.precision !== undefined && this.precision !== null && this.precision !== 1) {
      if (this.precision === 0.5) step = 0.5;
      else problems.error('precision', '1 or 0.5', this.precision);
    }
    const maxValid = !problems.items.some((p) => p.path === 'max');
    let value: number | undefined;
    const raw = this.value as unknown;
    if (raw !== undefined && raw !== null && !(input && raw === 0)) {
      const n = typeof raw === 'number' ? raw : Number.NaN;
      if (!maxValid) problems.error('value', 'a valid max first', raw);
      else if (!Number.isFinite(n) || n < 0 || n > max) problems.error('value', `a number from 0 to ${max}`, raw);
      else if (input && Math.round(n / step) * step !== n) problems.error('value', `a multiple of ${step} from ${step} to ${max}`, raw);
      else value = n;
    }
    let count: number | undefined;
    const rawCount = this.count as unknown;
    if (rawCount !== undefined && rawCount !== null) {
      if (typeof rawCount === 'number' && Number.isInteger(rawCount) && rawCount >= 0) count = rawCount;
      else problems.error('count', 'a whole number of at least 0', rawCount);
    }
    if (!input && count === 0 && value !== undefined && value > 0) {
      problems.error('value', `no value when count is 0 (there is nothing to average)`, raw);
      value = undefined;
    }
    this.shown = { max, value, count, input, step };
    this.report(problems.items);
    const rated = !input && value !== undefined && count !== undefined && count > 0;
    this.productLink.set(rated ? { aggregate: { ratingValue: value!, reviewCount: count!, scale: { best: max, worst: 1 } } } : undefined);
  }

  private get blocked(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The accessible text of the display: "4.3 out of 5 stars, 120 reviews". */
  get accessibleText(): string {
    const { value, max, count } = this.shown;
    const lang = this.locale.lang;
    if (count === 0) return this.t('noRatingsYet');
    const rating =
      value === undefined
        ? this.t('notRated')
        : this.t('ratingValue', { value: formatRating(lang, value), max: formatCount(lang, max) }, { max });
    if (count === undefined) return rating;
    return this.t('ratingWithCount', { rating, count: this.t('ratingCount', { count: formatCount(lang, count) }, { count }) });
  }

  private renderStars(fillValue: number) {
    const { max } = this.shown;
    const row = starRowPath(max);
    return svg`<svg class="stars" part="stars" viewBox="0 0 ${max * STAR_CELL} ${STAR_CELL}" aria-hidden="true" focusable="false">
      <path class="empty" d=${row}></path>
      <svg class="fill" width=${starFillUnits(fillValue, max)} height=${STAR_CELL} overflow="hidden"><path class="filled" d=${row}></path></svg>
    </svg>`;
  }

  override render() {
    const { value, count, input } = this.shown;
    if (!input) {
      return html`<span part="base" role="img" aria-label=${this.accessibleText}>
        ${this.renderStars(count === 0 ? 0 : (value ?? 0))}
        ${count === undefined ? nothing : html`<span part="count" class="count" aria-hidden="true">(${formatCount(this.locale.lang, count)})</span>`}
      </span>`;
    }
    return html`<span part="base">
      ${this.renderStars(this.hoverValue ?? value ?? 0)}
      <span class="options" @keydown=${this.onKeyDown} @pointerleave=${this.onPointerLeave}>${this.renderChoices()}</span>
    </span>`;
  }

  private renderChoices() {
    const { max, step, value } = this.shown;
    const lang = this.locale.lang;
    const focusable = value ?? step;
    const options = [];
    for (let v = step; v <= max; v += step) {
      const option = v;
      options.push(html`<span
        role="radio"
        part="option"
        aria-checked=${value === option ? 'true' : 'false'}
        aria-disabled=${this.blocked ? 'true' : nothing}
        aria-label=${this.t('ratingOption', { value: formatRating(lang, option), max: formatCount(lang, max) }, { max })}
        tabindex=${this.blocked ? nothing : option === focusable ? '0' : '-1'}
        @click=${() => this.pick(option)}
        @pointerenter=${() => this.preview(option)}
      ></span>`);
    }
    return options;
  }

  private get editable(): boolean {
    return !this.blocked && !this.readonly;
  }

  private preview(option: number): void {
    if (this.editable) this.hoverValue = option;
  }

  private onPointerLeave(): void {
    this.hoverValue = undefined;
  }

  /** A user's choice: sets the value, fires input and change, keeps focus on the chosen option. */
  private async pick(option: number): Promise<void> {
    if (!this.editable) return;
    this.hoverValue = undefined;
    if (option === this.shown.value) return;
    this.value = option;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    await this.updateComplete;
    this.focusOption(option);
  }

  private focusOption(option: number): void {
    const index = Math.round(option / this.shown.step) - 1;
    this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')[index]?.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const { max, step, value } = this.shown;
    const current = value ?? 0;
    const rtl = this.locale.dir === 'rtl';
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowUp':
        next = current + step;
        break;
      case 'ArrowDown':
        next = current - step;
        break;
      case 'ArrowRight':
        next = rtl ? current - step : current + step;
        break;
      case 'ArrowLeft':
        next = rtl ? current + step : current - step;
        break;
      case 'Home':
        next = step;
        break;
      case 'End':
        next = max;
        break;
      case ' ':
      case 'Enter': {
        const focused = this.renderRoot.querySelector<HTMLElement>('[role="radio"]:focus');
        const options = [...this.renderRoot.querySelectorAll('[role="radio"]')];
        if (focused && event.key === ' ') next = (options.indexOf(focused) + 1) * step;
        else return;
        break;
      }
      default:
        if (/^[1-9]$/.test(event.key) && Number(event.key) <= max) next = Number(event.key);
        else return;
    }
    event.preventDefault();
    next = Math.min(max, Math.max(step, next));
    if (this.editable) void this.pick(next);
  }

  override updated(): void {
    const internals = this.internals;
    if (!internals) return;
    const { input, value } = this.shown;
    try {
      internals.states?.[value !== undefined ? 'add' : 'delete']('rated');
    } catch {
      // Custom states are an enhancement.
    }
    if (!input) {
      // Display mode takes no part in forms; clear what input mode may have set.
      if (this.formSynced) {
        internals.role = null;
        internals.setFormValue(null);
        internals.setValidity({});
        this.formSynced = false;
      }
      return;
    }
    this.formSynced = true;
    internals.role = 'radiogroup';
    internals.ariaRequired = this.required ? 'true' : 'false';
    internals.ariaDisabled = this.blocked ? 'true' : 'false';
    internals.ariaReadOnly = this.readonly ? 'true' : 'false';
    const labelled = (internals.labels?.length ?? 0) > 0 || this.hasAttribute('aria-label') || this.hasAttribute('aria-labelledby');
    internals.ariaLabel = labelled ? null : this.t('ratingInputLabel');
    internals.setFormValue(value === undefined ? null : String(value));
    const anchor = this.renderRoot.querySelector<HTMLElement>('[role="radio"]') ?? undefined;
    if (this.required && value === undefined) internals.setValidity({ valueMissing: true }, this.t('ratingRequired'), anchor);
    else internals.setValidity({});
  }

  // Form-associated callbacks (input mode).

  formResetCallback(): void {
    const text = this.getAttribute('value');
    this.value = text === null ? undefined : (parseDecimal(text) ?? (text as unknown as number));
    this.hoverValue = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    const n = typeof state === 'string' ? parseDecimal(state) : undefined;
    this.value = n;
  }

  /** Input mode: the form's validity of this control. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }
}

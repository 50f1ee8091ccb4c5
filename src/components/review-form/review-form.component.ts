import { html, nothing, type PropertyValues } from 'lit';
import type { TrustStarRating } from '../star-rating/star-rating.component.js';
import { formatCount } from '../../core/format.js';
import { isolate, type MessageKey } from '../../core/i18n.js';
import { ProblemList } from '../../core/problems.js';
import { safeUrl } from '../../core/url.js';
import { attributeUrl, pageBase } from '../../internal/page.js';
import { productAncestor } from '../../internal/product-link.js';
import { TrustElement } from '../../internal/trust-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { tokenStyles } from '../../styles/token.styles.js';
import { starRatingMessages, formMessages } from '../../translations/en.js';
import { reviewFormStyles } from './review-form.styles.js';

/** What a reviewer sends: close to the review feed's `ReviewJson`, without what only the shop can set (id, date, provenance). */
export interface ReviewSubmission {
  /** A whole number from 1 to 5. */
  rating: number;
  /** Present only when the reviewer wrote one. */
  title?: string;
  body: string;
  author: { name: string; display: 'full' };
  /** Present only with `ask-email` and when the reviewer gave one; never to be published. */
  email?: string;
  /** The form's resolved BCP 47 language. */
  language: string;
}

export interface ReviewSubmitDetail {
  review: ReviewSubmission;
  /** The chosen photos (empty without the `photos` attribute). */
  photos: File[];
}

export interface ReviewSentDetail {
  review: ReviewSubmission;
  /** The parsed JSON response body, when the endpoint answered with JSON. */
  response: unknown;
}

export interface ReviewErrorDetail {
  review: ReviewSubmission;
  /** `http`: a non-2xx answer (see `status`); `network`: no answer, a redirect or a CORS refusal; `timeout`: no answer in `timeoutMs`. */
  reason: 'http' | 'network' | 'timeout';
  status?: number;
}

/** Length limits count UTF-16 code units of the trimmed text, as the review feed does. */
const LIMITS = {
  titleMax: 150,
  bodyMin: 20,
  bodyMax: 5000,
  nameMax: 60,
  emailMax: 254,
  photosMax: 3,
  photoMegabytes: 5,
} as const;

const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
const BYTES_PER_MEGABYTE = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;
/** Longest wait allowed: ten minutes (browsers fire longer timers, over 2^31 - 1 ms, at once). */
const MAX_TIMEOUT_MS = 600_000;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * The image type a file's first bytes show (JPEG, PNG or WebP), whatever its
 * name or declared type say; undefined for anything else.
 */
function imageTypeOf(bytes: Uint8Array): string | undefined {
  const at = (offset: number, text: string) => [...text].every((c, i) => bytes[offset + i] === c.charCodeAt(0));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && at(1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  return undefined;
}
/** The character count is announced once typing pauses this long. */
const ANNOUNCE_DELAY_MS = 1000;

type Field = 'rating' | 'title' | 'body' | 'name' | 'email' | 'photos' | 'consent';
const FIELDS: readonly Field[] = ['rating', 'title', 'body', 'name', 'email', 'photos', 'consent'];

/** A message to show, kept as a key so it follows a change of language. */
interface FieldMessage {
  key: MessageKey;
  /** Numbers, formatted for the locale and used for plural choice. */
  numbers?: Record<string, number>;
  /** User text (file names), inserted as it is. */
  texts?: Record<string, string>;
}

type Status = 'idle' | 'sending' | 'success' | 'failure';


function isField(id: string): id is Field {
  return (FIELDS as readonly string[]).includes(id);
}

/** A file size in the locale's units: `240 kB`, `4.2 MB`. */
function formatFileSize(locale: string, bytes: number): string {
  const megabytes = bytes >= BYTES_PER_MEGABYTE;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: megabytes ? 1 : 0,
    }).format(megabytes ? bytes / BYTES_PER_MEGABYTE : Math.max(1, bytes / 1024));
  } catch {
    return '';
  }
}

/** JSON when there are no photos; otherwise multipart with the JSON text in a `review` field and one `photos` part per file. */
function requestBody(
  review: ReviewSubmission,
  photos: readonly File[],
  extraHeaders: Record<string, string>,
): { body: BodyInit; headers: Record<string, string> } {
  const json = JSON.stringify(review);
  if (!photos.length) return { body: json, headers: { ...extraHeaders, accept: 'application/json', 'content-type': 'application/json' } };
  const data = new FormData();
  data.append('review', json);
  for (const photo of photos) data.append('photos', photo, photo.name);
  return { body: data, headers: { ...extraHeaders, accept: 'application/json' } };
}

async function readJson(response: Response): Promise<unknown> {
  if (!/\bjson\b/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * A form for writing a review: rating, optional title, text, public display
 * name, optional email and photos, and consent to the publishing terms.
 *
 * Validation runs on submit, then on leaving each field; messages sit under
 * their fields (tied with `aria-describedby` and `aria-invalid`), a short
 * summary with `role="alert"` lists them, and focus moves to the first
 * invalid field. Text limits: title at most 150, review 20 to 5,000, name at
 * most 60 characters (trimmed, in UTF-16 code units). Nothing is cut while
 * typing or pasting: too long text gets a message instead. Photos: at most 3
 * JPEG, PNG or WebP files of at most 5 MB each, listed by name (no previews,
 * so no `blob:` URLs and no looser CSP).
 *
 * Submitting fires `trust-review-submit`. When a listener cancels it, the
 * shop takes over (it may call `showSuccess()` or `showFailure()` when done).
 * Otherwise the review is POSTed to `action`: JSON without photos,
 * `multipart/form-data` with them (a `review` field holding the JSON and one
 * `photos` part per file), same-origin credentials, no redirects, and a
 * timeout. A 2xx answer shows the thank-you message; anything else shows a
 * failure message and keeps everything typed, so submitting again retries.
 * Without a usable `action` nothing is sent and a console warning names
 * `action`. While sending, the submit button stays focusable with
 * `aria-disabled` and `aria-busy` (a disabled button would drop focus), and
 * further submits are ignored.
 *
 * The terms link opens in a new tab, so reading the terms never loses the
 * typed review.
 *
 * @summary A keyboard and screen-reader friendly review form with localized validation that fires an event or POSTs JSON.
 *
 * @csspart base - The wrapper of heading, messages and form.
 * @csspart heading - The heading ("Write a review", or "Review {product}").
 * @csspart field - Each field's wrapper (label, hint, control, messages).
 * @csspart label - Each field's label.
 * @csspart hint - Help text under a label.
 * @csspart input - Each text, email and file input and the review textarea.
 * @csspart rating - The `<trust-star-rating>` input (set `--star-size` here).
 * @csspart checkbox - The consent checkbox.
 * @csspart link - The link to the publishing terms.
 * @csspart counter - The visible character counter of the review text.
 * @csspart files - The list of chosen photo file names.
 * @csspart error - A field's validation message.
 * @csspart summary - The error summary shown after a failed submit.
 * @csspart submit - The submit button.
 * @csspart status - The sending and thank-you message.
 * @csspart failure - The message shown when sending failed.
 * @csspart another - The "Write another review" button after success.
 *
 * @cssproperty --form-gap - Space between fields. Default `var(--trust-space-l, 1.5em)`.
 * @cssproperty --input-radius - Corner radius of inputs and buttons. Default `var(--trust-radius, 0.5rem)`.
 *
 * @event trust-review-submit - A valid review is being submitted; `detail: { review, photos }`. Bubbles, composed, cancelable: cancel it to handle the review yourself.
 * @event trust-review-sent - The endpoint accepted the review (2xx); `detail: { review, response }`. Bubbles, composed.
 * @event trust-review-error - Sending failed; `detail: { review, reason, status? }`. Bubbles, composed.
 */
export class TrustReviewForm extends TrustElement {
  static override styles = [hostStyles, tokenStyles, reviewFormStyles];
  static override messages = { ...starRatingMessages, ...formMessages };

  static override properties = {
    action: {},
    termsUrl: { attribute: 'terms-url' },
    productName: { attribute: 'product-name' },
    askEmail: { type: Boolean, attribute: 'ask-email' },
    photos: { type: Boolean },
    resetOnSuccess: { type: Boolean, attribute: 'reset-on-success' },
    timeoutMs: { type: Number, attribute: 'timeout-ms' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    csrfToken: { attribute: 'csrf-token' },
    csrfHeader: { attribute: 'csrf-header' },
    status: { state: true },
    errors: { state: true },
    summary: { state: true },
    alertText: { state: true },
    files: { state: true },
    bodyLength: { state: true },
    announcedLength: { state: true },
  };

  /** The shop's endpoint (http or https, resolved against the page) that receives the review as a POST. */
  action?: string;
  /** The shop's terms for publishing reviews, linked from the consent label (http or https only). */
  termsUrl?: string;
  /** The product under review: the heading reads "Review {product}". Defaults to the name of the enclosing `<trust-product>`. */
  productName?: string;
  /** Adds an optional email field; the form says it is never published. */
  askEmail = false;
  /** Adds an optional photo picker (at most 3 JPEG, PNG or WebP files of at most 5 MB each). */
  photos = false;
  /** After a successful POST, clear the form and keep it visible under the thank-you message. */
  resetOnSuccess = false;
  /** How long to wait for the endpoint, in milliseconds. */
  timeoutMs = DEFAULT_TIMEOUT_MS;
  /** Level (1 to 6) of the form's heading in the page outline. */
  headingLevel = 2;
  /** Your anti-forgery token, sent with the POST in the `csrf-header` header (the server must check it, or the Origin header). */
  csrfToken?: string;
  /** The header that carries `csrf-token`. */
  csrfHeader = 'X-CSRF-Token';

  private status: Status = 'idle';
  private errors: Partial<Record<Field, FieldMessage[]>> = {};
  /** Fields listed in the error summary: set on submit only, so the alert never grows while someone fixes fields. */
  private summary: Field[] = [];
  /**
   * What the alert says after a failed submit: the summary as it was then. The visible summary below
   * shrinks as fields are fixed, but is not a live region, so fixing a field does not re-read every problem.
   */
  private alertText = '';
  private files: File[] = [];
  /** What each chosen file's first bytes say it is (read on choice, awaited on submit). */
  private readonly fileTypes = new WeakMap<File, { read: Promise<void>; done: boolean; type?: string }>();
  private sniffing?: Promise<void>;
  private bodyLength = 0;
  private announcedLength?: number;

  private attempted = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Bumped by `reset()` so that an answer to an older request changes nothing. */
  private sendGeneration = 0;
  private shown = { termsHref: undefined as string | undefined, timeout: DEFAULT_TIMEOUT_MS, headingLevel: 2 };

  protected override disconnected(): void {
    clearTimeout(this.announceTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('termsUrl') || changed.has('action') || changed.has('timeoutMs') || changed.has('headingLevel')) {
      this.validateConfig();
    }
  }

  private validateConfig(): void {
    const problems = new ProblemList();
    const base = pageBase();
    const checked = safeUrl(this.termsUrl, base);
    const termsHref = checked === undefined ? undefined : attributeUrl(checked);
    if (!termsHref) problems.warn('terms-url', 'an http(s) URL of the terms for publishing reviews (the consent label shows no link)', this.termsUrl);
    if (this.action !== undefined && this.action !== null && !safeUrl(this.action, base)) {
      problems.warn('action', 'an http(s) URL to POST reviews to (nothing is sent)', this.action);
    }
    let timeout = DEFAULT_TIMEOUT_MS;
    const rawTimeout = this.timeoutMs as unknown;
    if (rawTimeout !== undefined && rawTimeout !== null) {
      if (typeof rawTimeout === 'number' && rawTimeout > 0 && rawTimeout <= MAX_TIMEOUT_MS) timeout = rawTimeout;
      else problems.error('timeout-ms', `a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`, rawTimeout);
    }
    let headingLevel = 2;
    const rawLevel = this.headingLevel as unknown;
    if (rawLevel !== undefined && rawLevel !== null) {
      if (typeof rawLevel === 'number' && Number.isInteger(rawLevel) && rawLevel >= 1 && rawLevel <= 6) headingLevel = rawLevel;
      else problems.error('heading-level', 'a whole number from 1 to 6', rawLevel);
    }
    this.shown = { termsHref, timeout, headingLevel };
    this.report(problems.items);
  }

  // Public API.

  /** Clears every field, message and state, as a new, empty form. */
  reset(): void {
    this.sendGeneration++;
    this.clearFields();
    this.status = 'idle';
  }

  /**
   * Shows the thank-you message, as after a successful POST (for shops that
   * cancel `trust-review-submit` and send the review themselves). Focus moves
   * to the message only when it was inside the form.
   */
  showSuccess(): void {
    this.sendGeneration++;
    void this.succeed();
  }

  /** Shows the failure message and keeps what was typed (for shops that send the review themselves). */
  showFailure(): void {
    this.sendGeneration++;
    this.status = 'failure';
  }

  // Values and validation.

  private control<T extends Element = HTMLInputElement>(field: Field): T | null {
    return this.renderRoot?.querySelector<T>(`#${field}`) ?? null;
  }

  private text(field: 'title' | 'body' | 'name' | 'email'): string {
    return (this.control<HTMLInputElement | HTMLTextAreaElement>(field)?.value ?? '').trim();
  }

  private check(field: Field): FieldMessage[] {
    switch (field) {
      case 'rating': {
        const value = this.control<TrustStarRating>('rating')?.value;
        return typeof value === 'number' && value > 0 ? [] : [{ key: 'ratingRequired' }];
      }
      case 'title':
        return this.text('title').length > LIMITS.titleMax ? [{ key: 'formTitleTooLong', numbers: { max: LIMITS.titleMax } }] : [];
      case 'body': {
        const length = this.text('body').length;
        if (length === 0) return [{ key: 'formBodyMissing' }];
        if (length < LIMITS.bodyMin) return [{ key: 'formBodyTooShort', numbers: { min: LIMITS.bodyMin } }];
        if (length > LIMITS.bodyMax) return [{ key: 'formBodyTooLong', numbers: { max: LIMITS.bodyMax } }];
        return [];
      }
      case 'name': {
        const length = this.text('name').length;
        if (length === 0) return [{ key: 'formNameMissing' }];
        return length > LIMITS.nameMax ? [{ key: 'formNameTooLong', numbers: { max: LIMITS.nameMax } }] : [];
      }
      case 'email': {
        const input = this.control('email');
        if (!this.askEmail || !input || this.text('email') === '') return [];
        return input.validity.typeMismatch || this.text('email').length > LIMITS.emailMax ? [{ key: 'formEmailInvalid' }] : [];
      }
      case 'photos':
        return this.photos ? this.checkPhotos() : [];
      case 'consent':
        return this.control('consent')?.checked ? [] : [{ key: 'formConsentMissing' }];
    }
  }

  private checkPhotos(): FieldMessage[] {
    const messages: FieldMessage[] = [];
    if (this.files.length > LIMITS.photosMax) messages.push({ key: 'formPhotosTooMany', numbers: { max: LIMITS.photosMax } });
    for (const file of this.files) {
      const name = isolate(file.name);
      // The declared type until the file's own bytes have been read; then the bytes decide.
      const read = this.fileTypes.get(file);
      const type = read?.done ? read.type : file.type;
      if (!type || !PHOTO_TYPES.includes(type)) messages.push({ key: 'formPhotoWrongType', texts: { name } });
      else if (file.size > LIMITS.photoMegabytes * BYTES_PER_MEGABYTE) {
        messages.push({ key: 'formPhotoTooLarge', texts: { name }, numbers: { size: LIMITS.photoMegabytes } });
      }
    }
    return messages;
  }

  private setFieldErrors(field: Field, messages: FieldMessage[]): void {
    const current = this.errors[field] ?? [];
    if (!messages.length && !current.length) return;
    this.errors = { ...this.errors, [field]: messages };
  }

  private say(message: FieldMessage): string {
    const lang = this.locale.lang;
    const params: Record<string, string> = { ...message.texts };
    for (const [name, n] of Object.entries(message.numbers ?? {})) params[name] = formatCount(lang, n);
    return this.t(message.key, params, message.numbers);
  }

  private buildReview(): ReviewSubmission {
    const rating = this.control<TrustStarRating>('rating')?.value ?? 0;
    const title = this.text('title');
    const email = this.askEmail ? this.text('email') : '';
    return {
      rating,
      ...(title ? { title } : {}),
      body: this.text('body'),
      author: { name: this.text('name'), display: 'full' },
      ...(email ? { email } : {}),
      language: this.locale.lang,
    };
  }

  // Events from the fields.

  private onInput(event: Event): void {
    if ((event.target as Element).id !== 'body') return;
    this.bodyLength = this.text('body').length;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcedLength = this.bodyLength), ANNOUNCE_DELAY_MS);
  }

  private onChange(event: Event): void {
    const target = event.target as Element;
    if (target.id === 'photos') {
      const list = (target as HTMLInputElement).files;
      const files = list ? [...list] : [];
      this.files = files;
      this.setFieldErrors('photos', this.checkPhotos());
      this.sniffing = this.sniffPhotos().then(() => {
        if (this.files === files) this.setFieldErrors('photos', this.checkPhotos());
      });
    } else if (this.attempted && isField(target.id)) {
      this.setFieldErrors(target.id, this.check(target.id));
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const id = (event.target as Element).id;
    if (this.attempted && isField(id)) this.setFieldErrors(id, this.check(id));
  }

  /** Also waits for the chosen photos to be checked, so `await form.updateComplete` sees their messages. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.sniffing) {
      const sniffing = this.sniffing;
      await sniffing;
      if (this.sniffing === sniffing) this.sniffing = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Reads the first bytes of each chosen file, once per file. */
  private async sniffPhotos(): Promise<void> {
    await Promise.all(
      this.files.map((file) => {
        let entry = this.fileTypes.get(file);
        if (!entry) {
          const created: { read: Promise<void>; done: boolean; type?: string } = { read: Promise.resolve(), done: false };
          created.read = file
            .slice(0, 16)
            .arrayBuffer()
            .then((buffer) => imageTypeOf(new Uint8Array(buffer)))
            .catch(() => undefined)
            .then((type) => {
              created.type = type;
              created.done = true;
            });
          this.fileTypes.set(file, (entry = created));
        }
        return entry.read;
      }),
    );
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending') return;
    this.attempted = true;
    if (this.photos && this.files.some((file) => !this.fileTypes.get(file)?.done)) {
      await this.sniffPhotos();
      if ((this.status as Status) === 'sending') return; // a second submit while the photos were read: the first one sends
    }
    const errors: Partial<Record<Field, FieldMessage[]>> = {};
    for (const field of FIELDS) {
      const messages = this.check(field);
      if (messages.length) errors[field] = messages;
    }
    this.errors = errors;
    this.summary = FIELDS.filter((field) => errors[field]);
    const firstInvalid = this.summary[0];
    // Announced once per submit: emptied first, so the same problems are read again on a second try.
    this.alertText = '';
    if (firstInvalid) {
      this.status = 'idle';
      await this.updateComplete;
      const said = this.summary.flatMap((field) => errors[field] ?? []).map((message) => this.say(message));
      this.alertText = [this.t('formErrorSummary'), ...said].join(' ');
      await this.updateComplete;
      this.control<HTMLElement>(firstInvalid)?.focus();
      return;
    }
    const review = this.buildReview();
    const photos = this.photos ? [...this.files] : [];
    const detail: ReviewSubmitDetail = { review, photos };
    const proceed = this.dispatchEvent(new CustomEvent('trust-review-submit', { bubbles: true, composed: true, cancelable: true, detail }));
    if (!proceed) return;
    const url = safeUrl(this.action, pageBase());
    if (!url) {
      const problems = new ProblemList();
      problems.warn('action', 'an http(s) URL to POST reviews to, or a trust-review-submit listener that calls preventDefault() (nothing was sent)', this.action);
      this.report(problems.items);
      return;
    }
    await this.send(url, review, photos);
  }

  /** The anti-forgery header, when a token is set (and the header name is a valid one). */
  private csrfHeaders(): Record<string, string> {
    if (typeof this.csrfToken !== 'string' || !this.csrfToken) return {};
    if (/[\r\n\0]/.test(this.csrfToken)) {
      const problems = new ProblemList();
      problems.error('csrf-token', 'a token without line breaks (no token was sent)', this.csrfToken);
      this.report(problems.items);
      return {};
    }
    const name = typeof this.csrfHeader === 'string' && HEADER_NAME.test(this.csrfHeader) ? this.csrfHeader : 'X-CSRF-Token';
    if (name !== this.csrfHeader) {
      const problems = new ProblemList();
      problems.error('csrf-header', 'a header name such as X-CSRF-Token (X-CSRF-Token was used)', this.csrfHeader);
      this.report(problems.items);
    }
    return { [name]: this.csrfToken };
  }

  private async send(url: string, review: ReviewSubmission, photos: File[]): Promise<void> {
    const generation = ++this.sendGeneration;
    this.status = 'sending';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.shown.timeout);
    let failure: Omit<ReviewErrorDetail, 'review'> | undefined;
    let response: unknown;
    try {
      const answer = await fetch(url, {
        method: 'POST',
        ...requestBody(review, photos, this.csrfHeaders()),
        credentials: 'same-origin',
        redirect: 'error',
        signal: controller.signal,
      });
      if (answer.ok) response = await readJson(answer);
      else failure = { reason: 'http', status: answer.status };
    } catch {
      failure = { reason: timedOut ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
    if (generation !== this.sendGeneration) return;
    if (failure) {
      this.status = 'failure';
      const detail: ReviewErrorDetail = { review, ...failure };
      this.dispatchEvent(new CustomEvent('trust-review-error', { bubbles: true, composed: true, detail }));
      return;
    }
    const detail: ReviewSentDetail = { review, response };
    this.dispatchEvent(new CustomEvent('trust-review-sent', { bubbles: true, composed: true, detail }));
    await this.succeed();
  }

  private async succeed(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    if (this.resetOnSuccess) this.clearFields();
    this.status = 'success';
    if (this.resetOnSuccess || !hadFocus) return;
    // The form is hidden now: focus moves to the message rather than to the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
  }

  private clearFields(): void {
    this.renderRoot?.querySelector('form')?.reset();
    clearTimeout(this.announceTimer);
    this.attempted = false;
    this.errors = {};
    this.summary = [];
    this.alertText = '';
    this.files = [];
    this.bodyLength = 0;
    this.announcedLength = undefined;
  }

  private async writeAnother(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.control<HTMLElement>('rating')?.focus();
  }

  // Rendering.

  /** The product name from the attribute, or from the enclosing `<trust-product>`. */
  private get productLabel(): string | undefined {
    if (typeof this.productName === 'string' && this.productName.trim() !== '') return this.productName;
    if (typeof document === 'undefined' || this.hydrating) return undefined;
    const owner = productAncestor(this) as { productData?: { name?: unknown } } | undefined;
    const name = owner?.productData?.name;
    return typeof name === 'string' && name.trim() !== '' ? name : undefined;
  }

  override render() {
    const product = this.productLabel;
    const formHidden = this.status === 'success' && !this.resetOnSuccess;
    return html`<div part="base" class="base">
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${this.shown.headingLevel}>
        ${product === undefined ? this.t('formHeading') : this.t('formHeadingProduct', { product: isolate(product) })}
      </div>
      <div class="live" role="status">${this.renderStatus()}</div>
      <div class="live" role="alert">
        ${this.status === 'failure' ? html`<p part="failure" class="failure">${this.t('formSendFailed')}</p>` : nothing}
      </div>
      ${formHidden
        ? html`<button part="another" class="another" type="button" @click=${this.writeAnother}>${this.t('formWriteAnother')}</button>`
        : nothing}
      <form
        novalidate
        aria-labelledby="heading"
        ?hidden=${formHidden}
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @change=${this.onChange}
        @focusout=${this.onFocusOut}
      >
        <div class="visually-hidden" role="alert">${this.alertText}</div>
        ${this.renderSummary()}
        ${this.renderRating()} ${this.renderTitle()} ${this.renderBody()} ${this.renderName()}
        ${this.askEmail ? this.renderEmail() : nothing} ${this.photos ? this.renderPhotos() : nothing} ${this.renderConsent()}
        <button
          part="submit"
          class="submit"
          type="submit"
          aria-disabled=${this.status === 'sending' ? 'true' : nothing}
          aria-busy=${this.status === 'sending' ? 'true' : nothing}
        >
          ${this.t('formSubmit')}
        </button>
      </form>
    </div>`;
  }

  private renderStatus() {
    if (this.status === 'sending') return html`<p part="status" class="status">${this.t('formSending')}</p>`;
    if (this.status === 'success') return html`<p part="status" class="status success" tabindex="-1">${this.t('formSent')}</p>`;
    return nothing;
  }

  private renderSummary() {
    const items = this.summary.flatMap((field) => this.errors[field] ?? []);
    if (!items.length || this.status !== 'idle') return nothing;
    return html`<div part="summary" class="summary">
      <p class="summary-title">${this.t('formErrorSummary')}</p>
      <ul>
        ${items.map((message) => html`<li>${this.say(message)}</li>`)}
      </ul>
    </div>`;
  }

  /** `aria-describedby` for a field: its hint and other descriptions, then its message when it has one. */
  private describedBy(field: Field, ...ids: string[]) {
    if (this.errors[field]?.length) ids.push(`${field}-error`);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** Explicit either way: a required control the shopper has not touched yet must not read as "invalid". */
  private invalid(field: Field) {
    return this.errors[field]?.length ? 'true' : 'false';
  }

  private renderError(field: Field) {
    const messages = this.errors[field];
    if (!messages?.length) return nothing;
    return html`<p part="error" class="error" id="${field}-error">
      <span class="visually-hidden">${this.t('formErrorPrefix')}</span>
      ${messages.map((message) => html`<span class="message">${this.say(message)}</span>`)}
    </p>`;
  }

  /** " (optional)" after a label; the space sits in the same text node, so the accessible name keeps it. */
  private optional() {
    return html`<span class="optional">${` ${this.t('formOptional')}`}</span>`;
  }

  private renderRating() {
    return html`<div part="field" class="field">
      <label part="label" for="rating">${this.t('formRatingLabel')}</label>
      <trust-star-rating
        part="rating"
        id="rating"
        mode="input"
        name="rating"
        required
        aria-invalid=${this.invalid('rating')}
        aria-describedby=${this.describedBy('rating')}
      ></trust-star-rating>
      ${this.renderError('rating')}
    </div>`;
  }

  private renderTitle() {
    return html`<div part="field" class="field">
      <label part="label" for="title">${this.t('formTitleLabel')}${this.optional()}</label>
      <input
        part="input"
        id="title"
        name="title"
        type="text"
        dir="auto"
        autocomplete="off"
        aria-invalid=${this.invalid('title')}
        aria-describedby=${this.describedBy('title')}
      />
      ${this.renderError('title')}
    </div>`;
  }

  private renderBody() {
    const lang = this.locale.lang;
    const length = this.bodyLength;
    const over = length > LIMITS.bodyMax;
    return html`<div part="field" class="field">
      <label part="label" for="body">${this.t('formBodyLabel')}</label>
      <p part="hint" class="hint" id="body-hint">
        ${this.t('formBodyHint', { min: formatCount(lang, LIMITS.bodyMin), max: formatCount(lang, LIMITS.bodyMax) })}
      </p>
      <textarea
        part="input"
        id="body"
        name="body"
        rows="6"
        dir="auto"
        required
        aria-invalid=${this.invalid('body')}
        aria-describedby=${this.describedBy('body', 'body-hint')}
      ></textarea>
      <p part="counter" class="counter ${over ? 'over' : ''}" aria-hidden="true">
        ${this.t('formCharacterCount', { count: formatCount(lang, length), max: formatCount(lang, LIMITS.bodyMax) })}
      </p>
      <span class="visually-hidden" aria-live="polite">
        ${this.announcedLength === undefined ? nothing : this.lengthText(this.announcedLength)}
      </span>
      ${this.renderError('body')}
    </div>`;
  }

  /** "12 more characters needed", "4,980 characters left" or "3 characters too many". */
  private lengthText(length: number): string {
    const lang = this.locale.lang;
    const say = (key: MessageKey, n: number) => this.t(key, { count: formatCount(lang, n) }, { count: n });
    if (length < LIMITS.bodyMin) return say('formCharactersNeeded', LIMITS.bodyMin - length);
    if (length <= LIMITS.bodyMax) return say('formCharactersLeft', LIMITS.bodyMax - length);
    return say('formCharactersOver', length - LIMITS.bodyMax);
  }

  private renderName() {
    return html`<div part="field" class="field">
      <label part="label" for="name">${this.t('formNameLabel')}</label>
      <p part="hint" class="hint" id="name-hint">${this.t('formNameHint')}</p>
      <input
        part="input"
        id="name"
        name="name"
        type="text"
        dir="auto"
        autocomplete="name"
        required
        aria-invalid=${this.invalid('name')}
        aria-describedby=${this.describedBy('name', 'name-hint')}
      />
      ${this.renderError('name')}
    </div>`;
  }

  private renderEmail() {
    return html`<div part="field" class="field">
      <label part="label" for="email">${this.t('formEmailLabel')}${this.optional()}</label>
      <p part="hint" class="hint" id="email-hint">${this.t('formEmailHint')}</p>
      <input
        part="input"
        id="email"
        name="email"
        type="email"
        dir="auto"
        autocomplete="email"
        aria-invalid=${this.invalid('email')}
        aria-describedby=${this.describedBy('email', 'email-hint')}
      />
      ${this.renderError('email')}
    </div>`;
  }

  private renderPhotos() {
    const lang = this.locale.lang;
    const hint = this.t(
      'formPhotosHint',
      { count: formatCount(lang, LIMITS.photosMax), size: formatCount(lang, LIMITS.photoMegabytes) },
      { count: LIMITS.photosMax },
    );
    return html`<div part="field" class="field">
      <label part="label" for="photos">${this.t('formPhotosLabel')}${this.optional()}</label>
      <p part="hint" class="hint" id="photos-hint">${hint}</p>
      <input
        part="input"
        id="photos"
        name="photos"
        type="file"
        accept=${PHOTO_TYPES.join(',')}
        multiple
        aria-invalid=${this.invalid('photos')}
        aria-describedby=${this.describedBy('photos', 'photos-hint')}
      />
      ${this.files.length
        ? html`<ul part="files" class="files">
            ${this.files.map((file) => html`<li><bdi>${file.name}</bdi> <span class="size">(${formatFileSize(lang, file.size)})</span></li>`)}
          </ul>`
        : nothing}
      ${this.renderError('photos')}
    </div>`;
  }

  private renderConsent() {
    const sentence = this.t('formConsent');
    const at = sentence.indexOf('{terms}');
    const before = at < 0 ? `${sentence} ` : sentence.slice(0, at);
    const after = at < 0 ? '' : sentence.slice(at + '{terms}'.length);
    const terms = this.t('formConsentTerms');
    const href = this.shown.termsHref;
    return html`<div part="field" class="field consent">
      <input
        part="checkbox"
        id="consent"
        name="consent"
        type="checkbox"
        required
        aria-invalid=${this.invalid('consent')}
        aria-describedby=${this.describedBy('consent')}
      />
      <label part="label" for="consent"
        >${before}${href
          ? html`<a part="link" href=${href} target="_blank" rel="noopener"
              >${terms}<span class="visually-hidden"> ${this.t('formOpensInNewTab')}</span></a
            >`
          : terms}${after}</label
      >
      ${this.renderError('consent')}
    </div>`;
  }
}

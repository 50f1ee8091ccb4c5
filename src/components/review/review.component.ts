import { html, nothing, type PropertyValues } from 'lit';
import { displayAuthorName } from '../../core/author.js';
import { parseReview } from '../../core/feed.js';
import { formatCount, formatDate, formatRelative } from '../../core/format.js';
import { isolate, type MessageKey } from '../../core/i18n.js';
import { DEFAULT_SCALE, type Provenance, type RatingScale, type Review, type ReviewPhoto } from '../../core/model.js';
import { describeValue, ProblemList } from '../../core/problems.js';
import { safeUrl } from '../../core/url.js';
import { DataSourceController } from '../../internal/data-source.js';
import { warnOnce } from '../../internal/log.js';
import { attributeUrl, imageHostsOf, pageBase } from '../../internal/page.js';
import { TrustElement } from '../../internal/trust-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { tokenStyles } from '../../styles/token.styles.js';
import { reviewMessages } from '../../translations/en.js';
import { reviewStyles } from './review.styles.js';

/** Text longer than this (or with more line breaks) starts collapsed behind "Read more". */
const COLLAPSE_AT_CHARACTERS = 600;
const COLLAPSE_AT_LINES = 8;

const PROVENANCE_LABELS: Record<Provenance, MessageKey> = {
  'verified-purchase': 'provenanceVerifiedPurchase',
  invited: 'provenanceInvited',
  organic: 'provenanceOrganic',
  imported: 'provenanceImported',
  syndicated: 'provenanceSyndicated',
  incentivized: 'provenanceIncentivized',
  staff: 'provenanceStaff',
};

/** Labels that disclose a relationship (a benefit, an employee) and get extra weight. */
const DISCLOSED: ReadonlySet<Provenance | undefined> = new Set(['incentivized', 'staff']);

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** Cached language names for a locale (creating an Intl.DisplayNames per card would dominate rendering). */
function languageNames(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = undefined;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale);
}

/** Fired when a shopper votes on a review; the shop records it. */
export interface ReviewVoteDetail {
  reviewId: string;
  vote: 'helpful' | 'not-helpful';
}

/**
 * One review card: author, provenance label, date, rating, title, text,
 * pros and cons, photos, the merchant's reply and helpful votes.
 *
 * Used by `<trust-review-list>`, or alone with a review from the `data`
 * property or an inline `<script type="application/json">` child (one review
 * in the review-feed format).
 *
 * @summary A review card with its provenance label always shown.
 *
 * @csspart base - The card (`article`).
 * @csspart header - Rating, title and byline.
 * @csspart title - The review's headline.
 * @csspart author - The author's shown name.
 * @csspart provenance - The label saying where the review came from (can be styled, not hidden).
 * @csspart verified - Also on the provenance label of a verified purchase.
 * @csspart disclosed - Also on the label of an incentivized or staff review.
 * @csspart date - The publication date.
 * @csspart body - The review text.
 * @csspart photos - The list of photo thumbnails.
 * @csspart reply - The merchant's reply.
 * @csspart votes - The helpful-vote buttons.
 *
 * @cssproperty --review-padding - Inner spacing of the card.
 * @cssproperty --review-border - Border of the card.
 * @cssproperty --review-background - Background of the card.
 * @cssproperty --review-body-lines - Lines shown before "Read more" (default 6).
 * @cssproperty --review-photo-size - Size of photo thumbnails.
 *
 * @event trust-review-vote - A shopper voted; `detail: { reviewId, vote: 'helpful' | 'not-helpful' }`.
 */
export class TrustReview extends TrustElement {
  static override styles = [hostStyles, tokenStyles, reviewStyles];
  static override messages = reviewMessages;

  static override properties = {
    review: { attribute: false },
    data: { attribute: false },
    scale: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    imageHosts: { attribute: 'image-hosts' },
    now: { type: Number },
    votes: { attribute: false },
    expanded: { state: true },
    localVote: { state: true },
    photo: { state: true },
  };

  /** A review already validated by the core parser (what `<trust-review-list>` passes). */
  review?: Review;
  /** A review in the feed's JSON format, validated here. */
  data?: unknown;
  /** The rating scale of the review (the list passes its feed's scale). */
  scale: RatingScale = DEFAULT_SCALE;
  /** Heading level of the review title (2–6, default 3), to fit the page's outline. */
  headingLevel = 3;
  /** Hosts photos may come from, space-separated (`cdn.shop.example *.imgix.net`); default: the page's own host. */
  imageHosts?: string;
  /** The current time in ms for relative dates (server rendering and tests); default: now. */
  now?: number;

  /**
   * Votes already cast on this page, by review id, so a vote stays with its
   * review when a list re-sorts (`<trust-review-list>` passes its own).
   */
  votes?: ReadonlyMap<string, ReviewVoteDetail['vote']>;

  private expanded = false;
  /** The vote cast in this card, for the review it was cast on. */
  private localVote?: ReviewVoteDetail;
  private photo?: ReviewPhoto;

  private readonly source = new DataSourceController<Review | undefined>(this, {
    parse: (raw, origin) => {
      const problems = new ProblemList();
      const value = parseReview(raw, 'review', problems, { baseUrl: origin.baseUrl, imageHosts: this.hosts });
      return { value, problems: problems.items };
    },
    report: (problems) => this.report(problems),
  });

  private get hosts(): string[] | undefined {
    return imageHostsOf(this);
  }

  /** The `review` property when it has the parser's shape (checked once per value). */
  private checkedReview?: { value: unknown; ok: boolean };

  /** The review shown: the `review` property, else the parsed `data` or inline JSON. */
  private get shown(): Review | undefined {
    if (this.review === undefined || this.review === null) return this.source.value;
    if (this.checkedReview?.value !== this.review) {
      const ok = isParsedReview(this.review);
      this.checkedReview = { value: this.review, ok };
      if (!ok) {
        this.report([
          { path: 'review', expected: 'a review from the core parser (parseReview); put feed-format JSON in the data property', received: describeValue(this.review), severity: 'error' },
        ]);
      }
    }
    return this.checkedReview.ok ? this.review : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.source.set(this.data, undefined);
    // A list reuses cards for other reviews: what was opened belongs to the old one.
    if (changed.has('review') && (changed.get('review') as Review | undefined)?.id !== this.review?.id) this.expanded = false;
  }

  override updated(changed: PropertyValues<this>): void {
    // Checked after the frame is drawn, off the rendering path: it reads computed style.
    if ((changed.has('review') || changed.has('data')) && typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => this.checkProvenanceVisible());
    }
  }

  /**
   * Regulators require the label to be visible: warn when page CSS hides it
   * while the card itself is shown (a hidden tab or section is not a problem).
   */
  private checkProvenanceVisible(): void {
    const label = this.renderRoot.querySelector<HTMLElement>('[part~="provenance"]');
    const card = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    if (!label || !card || !this.isConnected || typeof getComputedStyle !== 'function') return;
    const style = getComputedStyle(label);
    const cardShown = getComputedStyle(card).visibility === 'visible' && card.getClientRects().length > 0;
    const box = card.getBoundingClientRect();
    const rect = label.getBoundingClientRect();
    const offCard = rect.width < 2 || rect.height < 2 || rect.right <= box.left || rect.left >= box.right || rect.bottom <= box.top || rect.top >= box.bottom;
    const invisibleText = style.color === 'transparent' || /rgba\([^)]*,\s*0(\.0+)?\)$/.test(style.color);
    const hidden =
      style.display === 'none' ||
      style.visibility !== 'visible' ||
      Number(style.opacity) < 0.2 ||
      parseFloat(style.fontSize) < 6 ||
      invisibleText ||
      offCard;
    if (cardShown && hidden) {
      warnOnce(this, 'the provenance label is hidden by page CSS (::part(provenance)); it must stay visible to shoppers.');
    }
  }

  /** The shopper's vote on the review shown, if any. */
  private get voted(): ReviewVoteDetail['vote'] | undefined {
    const id = this.shown?.id;
    if (id === undefined) return undefined;
    return this.localVote?.reviewId === id ? this.localVote.vote : this.votes?.get(id);
  }

  private vote(vote: ReviewVoteDetail['vote']): void {
    const review = this.shown;
    if (!review || this.voted) return;
    const detail: ReviewVoteDetail = { reviewId: review.id, vote };
    this.localVote = detail;
    this.dispatchEvent(new CustomEvent('trust-review-vote', { detail, bubbles: true, composed: true }));
  }

  private openPhoto(photo: ReviewPhoto): void {
    this.photo = photo;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closePhoto(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** "Written in Swedish" when the review's language differs from the page's. */
  private languageName(language: string | undefined): string | undefined {
    if (!language) return undefined;
    const lang = this.locale.lang;
    if (language.split('-')[0]!.toLowerCase() === lang.split('-')[0]!.toLowerCase()) return undefined;
    try {
      return languageNames(lang)?.of(language);
    } catch {
      return undefined;
    }
  }

  override render() {
    const review = this.shown;
    if (!review) return nothing;
    const lang = this.locale.lang;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const author = displayAuthorName(review.author, this.t('reviewAnonymous'));
    const provenance = this.t(review.provenance ? PROVENANCE_LABELS[review.provenance] : 'provenanceUnknown');
    const provenanceParts = `provenance${review.provenance === 'verified-purchase' ? ' verified' : ''}${DISCLOSED.has(review.provenance) ? ' disclosed' : ''}`;
    const now = this.now ?? Date.now();
    const body = review.body ?? '';
    const long = body.length > COLLAPSE_AT_CHARACTERS || body.split('\n').length > COLLAPSE_AT_LINES;
    const writtenIn = this.languageName(review.language);
    return html`<article part="base" aria-label=${review.title ?? author}>
      <div part="header">
        <trust-star-rating value=${review.rating} max=${this.scale.best}></trust-star-rating>
        ${review.title
          ? html`<div part="title" role="heading" aria-level=${level} lang=${review.language ?? nothing}><bdi>${review.title}</bdi></div>`
          : nothing}
        <p class="meta">
          <bdi part="author">${author}</bdi>
          <span part=${provenanceParts}>${provenance}</span>
          <time part="date" datetime=${review.date.iso} title=${formatDate(lang, review.date.time, review.date.dateOnly)}
            >${formatRelative(lang, review.date.time, now, review.date.dateOnly)}<span class="visually-hidden">,
              ${formatDate(lang, review.date.time, review.date.dateOnly)}</span
            ></time
          >
          ${writtenIn ? html`<span>${this.t('reviewWrittenIn', { language: isolate(writtenIn) })}</span>` : nothing}
        </p>
      </div>
      ${body
        ? html`<p part="body" id="body" class=${long && !this.expanded ? 'collapsed' : ''} lang=${review.language ?? nothing} dir="auto">${body}</p>
            ${long
              ? html`<button class="link" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body" @click=${() => (this.expanded = !this.expanded)}>
                  ${this.t(this.expanded ? 'reviewReadLess' : 'reviewReadMore')}
                </button>`
              : nothing}`
        : nothing}
      ${this.renderNotes(review, level)} ${this.renderPhotos(review)} ${this.renderReply(review, level)}
      <div part="votes" role="group" aria-label=${this.t('reviewHelpfulQuestion')}>
        <span aria-hidden="true">${this.t('reviewHelpfulQuestion')}</span>
        ${this.renderVote('helpful', review.helpful.up)} ${this.renderVote('not-helpful', review.helpful.down)}
        <span role="status">${this.voted ? this.t('reviewVoteThanks') : nothing}</span>
      </div>
    </article>`;
  }

  private renderVote(vote: ReviewVoteDetail['vote'], count: number) {
    const total = count + (this.voted === vote ? 1 : 0);
    const key = vote === 'helpful' ? 'reviewVoteHelpful' : 'reviewVoteNotHelpful';
    return html`<button
      class="vote"
      aria-pressed=${this.voted === vote ? 'true' : 'false'}
      ?disabled=${this.voted !== undefined && this.voted !== vote}
      @click=${() => this.vote(vote)}
    >
      ${this.t(key, { count: formatCount(this.locale.lang, total) }, { count: total })}
    </button>`;
  }

  private renderNotes(review: Review, level: number) {
    if (!review.pros.length && !review.cons.length) return nothing;
    const list = (key: MessageKey, items: string[]) =>
      items.length
        ? html`<div>
            <div role="heading" aria-level=${Math.min(level + 1, 6)}>${this.t(key)}</div>
            <ul lang=${review.language ?? nothing}>
              ${items.map((item) => html`<li><bdi>${item}</bdi></li>`)}
            </ul>
          </div>`
        : nothing;
    return html`<div class="notes">${list('reviewPros', review.pros)} ${list('reviewCons', review.cons)}</div>`;
  }

  private renderPhotos(review: Review) {
    const hosts = this.hosts;
    const photos = review.photos.flatMap((photo, i) => {
      const url = safeUrl(photo.url, pageBase(), hosts);
      if (!url) warnOnce(this, `review ${describeValue(review.id)} photos[${i}].url: not shown (not an http(s) URL on an allowed image host)`);
      return url ? [{ ...photo, url: attributeUrl(url), number: i + 1 }] : [];
    });
    if (!photos.length) return nothing;
    const photo = this.photo;
    return html`<ul part="photos" aria-label=${this.t('reviewPhotos')}>
        ${photos.map(
          (p) => html`<li>
            <button class="thumb" @click=${() => this.openPhoto(p)}>
              <img
                src=${p.url}
                alt=${this.t('reviewPhotoOpen', { alt: p.alt || this.t('reviewPhotoUntitled', { number: p.number }) })}
                loading="lazy"
                decoding="async"
                referrerpolicy="no-referrer"
              />
            </button>
          </li>`,
        )}
      </ul>
      <dialog aria-label=${photo?.alt || this.t('reviewPhotos')} @close=${() => (this.photo = undefined)}>
        ${photo
          ? html`<img src=${photo.url} alt=${photo.alt} referrerpolicy="no-referrer" />
              ${photo.alt ? html`<p><bdi>${photo.alt}</bdi></p>` : nothing}`
          : nothing}
        <button class="vote" @click=${this.closePhoto}>${this.t('reviewPhotoClose')}</button>
      </dialog>`;
  }

  private renderReply(review: Review, level: number) {
    const reply = review.reply;
    if (!reply) return nothing;
    const lang = this.locale.lang;
    return html`<section part="reply">
      <div role="heading" aria-level=${Math.min(level + 1, 6)}>
        <span>${reply.author ? this.t('reviewReplyFrom', { name: isolate(reply.author) }) : this.t('reviewReplyFromShop')}</span>
        ${reply.date ? html`· <bdi><time datetime=${reply.date.iso}>${formatDate(lang, reply.date.time, reply.date.dateOnly)}</time></bdi>` : nothing}
      </div>
      <p lang=${review.language ?? nothing} dir="auto">${reply.body}</p>
    </section>`;
  }
}

/** Does `value` have the shape the core parser gives a review (what the template reads without checking)? */
function isParsedReview(value: unknown): value is Review {
  try {
    const review = value as Partial<Review> | null;
    return (
      typeof review === 'object' &&
      review !== null &&
      typeof review.id === 'string' &&
      typeof review.rating === 'number' &&
      typeof review.author?.name === 'string' &&
      typeof review.date?.iso === 'string' &&
      typeof review.date.time === 'number' &&
      Array.isArray(review.photos) &&
      Array.isArray(review.pros) &&
      Array.isArray(review.cons) &&
      typeof review.helpful?.up === 'number'
    );
  } catch {
    return false;
  }
}

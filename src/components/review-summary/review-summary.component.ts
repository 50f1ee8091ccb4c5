import { html, nothing, svg, type PropertyValues } from 'lit';
import type { TrustReviewList } from '../review-list/review-list.component.js';
import { feedIsComplete, overallAggregate } from '../../core/aggregate.js';
import { formatCount, formatPercent, formatRating } from '../../core/format.js';
import type { Aggregate, ReviewFeed } from '../../core/model.js';
import { describeValue } from '../../core/problems.js';
import { focusFirst, focusLost, focusStillOn } from '../../internal/focus.js';
import { GraphContributor } from '../../internal/graph-contributor.js';
import { reviewFeedSource } from '../../internal/review-feed-source.js';
import { TrustElement } from '../../internal/trust-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { tokenStyles } from '../../styles/token.styles.js';
import { listMessages, starRatingMessages, summaryMessages } from '../../translations/en.js';
import { reviewSummaryStyles } from './review-summary.styles.js';

type LinkedList = HTMLElement & Partial<Pick<TrustReviewList, 'feed' | 'filterStars' | 'clearFilters' | 'currentFilters' | 'loadFailed'>>;

/**
 * The average, the number of reviews and the distribution by stars, always
 * over all published reviews. Linked to a `<trust-review-list>` (`for`), each
 * bar is a button that filters the list; the numbers here never change with
 * a filter.
 *
 * Data comes from its own source (`data`, inline JSON, `src`,
 * `use-page-jsonld`) or, when it has none, from the linked list.
 *
 * @summary Average, count and star distribution; bars filter a linked review list.
 *
 * @csspart base - The wrapper.
 * @csspart average - The average, its stars and the count.
 * @csspart distribution - The bars.
 * @csspart bar - Each bar (a button when linked to a list).
 *
 * @cssproperty --summary-bar-color - Fill of the bars.
 * @cssproperty --summary-track-color - Background of the bars.
 * @cssproperty --summary-row-size - Height of each bar row (default 1.75em).
 */
export class TrustReviewSummary extends TrustElement {
  static override styles = [hostStyles, tokenStyles, reviewSummaryStyles];
  static override messages = { ...starRatingMessages, ...summaryMessages, listError: listMessages.listError, listRetry: listMessages.listRetry };

  static override properties = {
    data: { attribute: false },
    src: {},
    for: {},
    usePageJsonld: { attribute: 'use-page-jsonld', type: Boolean },
    imageHosts: { attribute: 'image-hosts' },
    activeStars: { state: true },
  };

  /** The review feed as an object. */
  data?: unknown;
  /** URL of the review feed (JSON). */
  src?: string;
  /** The id of the `<trust-review-list>` whose reviews this summarises and filters. */
  for?: string;
  /** Read the reviews from the page's existing schema.org JSON-LD when no other source is given. */
  usePageJsonld = false;
  /** Hosts review photos may come from (passed to the feed parser). */
  imageHosts?: string;

  private activeStars?: number;
  private list?: LinkedList;
  private listFeed?: ReviewFeed;
  private lastFeed?: ReviewFeed;
  private aggregate?: Aggregate;

  private readonly source = reviewFeedSource(this, (problems) => this.report(problems));
  private readonly graph = new GraphContributor(this);

  private readonly onListFeed = () => {
    this.listFeed = this.list?.feed;
    this.requestUpdate();
  };

  private readonly onListFilter = () => {
    const stars = this.list?.currentFilters?.stars ?? [];
    this.activeStars = stars.length === 1 ? stars[0] : undefined;
  };

  protected override connected(): void {
    this.link();
  }

  protected override disconnected(): void {
    this.unlink();
  }

  private unlink(): void {
    this.list?.removeEventListener('trust-feed-change', this.onListFeed);
    this.list?.removeEventListener('trust-filter-change', this.onListFilter);
    this.list = undefined;
    this.listFeed = undefined;
  }

  private link(): void {
    this.unlink();
    if (!this.for || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const list = root.getElementById?.(this.for) as LinkedList | null;
    if (!list) {
      this.report([{ path: 'for', expected: 'the id of a <trust-review-list> on the page', received: describeValue(this.for), severity: 'error' }]);
      return;
    }
    if (!list.localName.includes('-')) {
      this.report([{ path: 'for', expected: 'the id of a <trust-review-list> on the page', received: `<${list.localName}>`, severity: 'error' }]);
      return;
    }
    this.list = list;
    list.addEventListener('trust-feed-change', this.onListFeed);
    list.addEventListener('trust-filter-change', this.onListFilter);
    customElements
      .whenDefined(list.localName)
      .then(() => {
        if (this.list === list) {
          this.onListFeed();
          this.onListFilter();
        }
      })
      .catch(() => undefined);
  }

  /** The feed summarised: this element's own, else the linked list's. */
  get feed(): ReviewFeed | undefined {
    return this.source.value ?? this.listFeed;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.source.set(this.data, this.src);
    if (changed.has('usePageJsonld') && changed.get('usePageJsonld') !== undefined) this.source.retry();
    if (changed.has('for') && this.hasUpdated) this.link();
    const feed = this.feed;
    if (feed !== this.lastFeed) {
      this.lastFeed = feed;
      const overall = feed ? overallAggregate(feed) : undefined;
      this.aggregate = overall?.value;
      // The linked list reports the same feed's problems; report here only for our own source.
      if (overall && this.source.value) this.report(overall.problems);
      const own = this.source.value !== undefined && this.source.channel !== 'fallback';
      this.graph.set(feed && own ? { product: feed.product, aggregate: this.aggregate, scale: feed.scale } : undefined);
    }
  }

  private toggle(stars: number): void {
    this.list?.filterStars?.(stars);
  }

  /** "Show all reviews": the button hides itself, so focus moves to the first bar rather than falling to the page. */
  private readonly showAll = async (): Promise<void> => {
    this.list?.clearFilters?.();
    await this.updateComplete;
    // The button is hidden, not removed: focus may still sit on it (Firefox keeps it there).
    if (focusStillOn(this, '.clear')) focusFirst(this, 'button[part="bar"]:not([disabled])');
  };

  /** "Try again": the button leaves while loading; once loaded, focus returns to the retry button or the summary. */
  private readonly retry = (): void => {
    this.focusAfterRetry = true;
    this.source.retry();
  };

  private focusAfterRetry = false;

  override updated(): void {
    if (!this.focusAfterRetry || this.source.state === 'loading') return;
    this.focusAfterRetry = false;
    if (focusLost(this)) focusFirst(this, '.failed button', '[part="base"]');
  }

  override render() {
    const feed = this.feed;
    const aggregate = this.aggregate;
    const lang = this.locale.lang;
    const best = feed?.scale.best ?? 5;
    const worst = feed?.scale.worst ?? 1;
    const count = aggregate?.reviewCount ?? 0;
    // Only a number of ratings known (as in much JSON-LD): the average shows, based on ratings, never called reviews.
    const ratingsOnly = count === 0 && (aggregate?.ratingCount ?? 0) > 0 ? aggregate!.ratingCount! : undefined;
    const rows: number[] = [];
    for (let s = Math.floor(best); s >= Math.max(1, Math.ceil(worst)); s--) rows.push(s);
    const distribution = aggregate?.distribution;
    const denominator = distribution ? distribution.reduce((a, b) => a + b, 0) : 0;
    // Linked by attribute, not by the list element: server rendering draws the same buttons the browser will.
    const linked = Boolean(this.for);
    const loading = this.source.state === 'loading' || (!feed && linked && !this.list?.loadFailed);
    return html`<div part="base" role="group" tabindex="-1" aria-label=${this.t('summaryHeading')} aria-busy=${loading ? 'true' : 'false'}>
      <div part="average">
        <span class="value" aria-hidden="true"
          >${aggregate
            ? formatRating(lang, aggregate.ratingValue)
            : loading
              ? html`<span class="pending">${formatRating(lang, 0.1)}</span>`
              : '–'}</span
        >
        <trust-star-rating
          value=${aggregate && (count > 0 || ratingsOnly) ? aggregate.ratingValue : nothing}
          max=${best}
          count=${feed && !loading && !ratingsOnly && (aggregate || feedIsComplete(feed)) ? count : nothing}
        ></trust-star-rating>
        <span class="based" aria-hidden=${ratingsOnly ? nothing : 'true'}
          >${ratingsOnly
            ? this.t('summaryBasedOnRatings', { count: formatCount(lang, ratingsOnly) }, { count: ratingsOnly })
            : aggregate
              ? this.t('summaryBasedOn', { count: formatCount(lang, count) }, { count })
              : ''}</span
        >
      </div>
      <ul part="distribution" role=${linked ? 'group' : 'list'} aria-label=${this.t('summaryFilterLabel')}>
        ${rows.map((stars) => {
          const index = stars - Math.ceil(worst);
          const n = distribution?.[index] ?? 0;
          const share = denominator > 0 ? n / denominator : 0;
          const starsText = this.t('summaryStars', { stars: formatCount(lang, stars) }, { stars });
          const countText = this.t(ratingsOnly ? 'summaryRatingCount' : 'ratingCount', { count: formatCount(lang, n) }, { count: n });
          const percent = formatPercent(lang, share);
          // Read as one phrase in the language's own punctuation ("5 stars, 120 reviews, 62%"); the visible parts are hidden from it.
          const spoken = distribution ? this.t('summaryBar', { stars: starsText, count: countText, percent }) : starsText;
          const content = html`<span class="visually-hidden">${spoken}</span><span aria-hidden="true">${starsText}</span>
            <svg class="meter" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
              ${svg`<rect class="track" x="0" y="0" width="100" height="8" rx="4"></rect>
              <rect class="fill" x="0" y="0" width=${Math.round(share * 1000) / 10} height="8" rx="4"></rect>`}
            </svg>
            <span class="count" aria-hidden="true">${distribution ? formatCount(lang, n) : ''}</span>
            <span class="percent" aria-hidden="true">${distribution ? percent : ''}</span>`;
          return html`<li role=${linked ? 'none' : 'listitem'}>
            ${linked
              ? html`<button
                  class="row"
                  part="bar"
                  aria-pressed=${this.activeStars === stars ? 'true' : 'false'}
                  ?disabled=${!distribution || n === 0}
                  @click=${() => this.toggle(stars)}
                >
                  ${content}
                </button>`
              : html`<div class="row" part="bar">${content}</div>`}
          </li>`;
        })}
      </ul>
      ${this.source.state === 'error'
        ? html`<p class="failed" role="alert">
            ${this.t('listError')} <button class="clear" @click=${this.retry}>${this.t('listRetry')}</button>
          </p>`
        : linked
          ? html`<button class="clear" ?hidden=${this.activeStars === undefined} @click=${this.showAll}>
              ${this.t('summaryShowAll')}
            </button>`
          : nothing}
    </div>`;
  }
}

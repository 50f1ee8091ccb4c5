import { html, nothing, type PropertyValues } from 'lit';
import { overallAggregate } from '../../core/aggregate.js';
import { FEED_LIMITS, parseReviewFeed } from '../../core/feed.js';
import { formatCount } from '../../core/format.js';
import type { MessageKey } from '../../core/i18n.js';
import type { Aggregate, ReviewFeed, VerificationLevel } from '../../core/model.js';
import { describeValue } from '../../core/problems.js';
import { queryReviews, REVIEW_SORTS, type ReviewQueryResult, type ReviewSort } from '../../core/reviews.js';
import { safeUrl } from '../../core/url.js';
import { fetchJson } from '../../internal/fetch-json.js';
import { focusFirst, focusLost, focusStillOn } from '../../internal/focus.js';
import { GraphContributor } from '../../internal/graph-contributor.js';
import { warnOnce } from '../../internal/log.js';
import { attributeUrl, imageHostsOf, pageBase } from '../../internal/page.js';
import { reviewFeedSource } from '../../internal/review-feed-source.js';
import { TrustElement } from '../../internal/trust-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { tokenStyles } from '../../styles/token.styles.js';
import { summaryMessages, listMessages } from '../../translations/en.js';
import { reviewListStyles } from './review-list.styles.js';

const SORT_LABELS: Record<ReviewSort, MessageKey> = {
  newest: 'listSortNewest',
  highest: 'listSortHighest',
  lowest: 'listSortLowest',
  'most-helpful': 'listSortHelpful',
};

const DISCLOSURE_TEXT: Record<VerificationLevel, MessageKey> = {
  'verified-buyers-only': 'disclosureVerifiedBuyersOnly',
  'some-verified': 'disclosureSomeVerified',
  'not-verified': 'disclosureNotVerified',
};

const MAX_PAGE_SIZE = 100;

/** The shopper's filters. There is deliberately no way to hide low ratings by configuration. */
export interface ReviewFilters {
  sort: ReviewSort;
  stars: number[];
  withPhotos: boolean;
  verifiedOnly: boolean;
  language: string;
  search: string;
}

/**
 * A list of review cards with sorting, filtering, search and paging, and the
 * shop's review-collection disclosure.
 *
 * Filters never change the totals: whenever one is on, the list says
 * "Showing X of Y reviews", and the average stays computed over all reviews.
 *
 * @summary Review cards with sort, filters, search, paging and the EU review disclosure.
 *
 * @csspart base - The wrapper.
 * @csspart disclosure - How the shop collects and checks reviews.
 * @csspart toolbar - Sort, filters and search.
 * @csspart status - "Showing X of Y reviews" (a live region).
 * @csspart reviews - The list of cards.
 * @csspart paging - "Show more" or page buttons.
 *
 * @cssproperty --list-gap - Space between cards.
 * @cssproperty --list-loading-size - Height held while loading (default 24rem).
 *
 * @event trust-feed-change - The feed was loaded or changed; `detail: { feed }`.
 * @event trust-filter-change - The shopper changed sort, filters or search; `detail: { filters }`.
 * @event trust-review-vote - Bubbles from a card: `detail: { reviewId, vote }`.
 */
export class TrustReviewList extends TrustElement {
  static override styles = [hostStyles, tokenStyles, reviewListStyles];
  static override messages = { ...summaryMessages, ...listMessages };

  static override properties = {
    data: { attribute: false },
    src: {},
    usePageJsonld: { attribute: 'use-page-jsonld', type: Boolean },
    pageSize: { attribute: 'page-size', type: Number },
    paging: {},
    sort: {},
    imageHosts: { attribute: 'image-hosts' },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { type: Number },
    filters: { state: true },
    pagesShown: { state: true },
    page: { state: true },
    morePages: { state: true },
    loadingMore: { state: true },
    loadingAll: { state: true },
    moreFailed: { state: true },
  };

  /** The review feed as an object (takes precedence over inline JSON and `src`). */
  data?: unknown;
  /** URL of the review feed (JSON). Later pages load from the feed's `next` link. */
  src?: string;
  /** Read the reviews from the page's existing schema.org JSON-LD when no other source is given. */
  usePageJsonld = false;
  /** Reviews per page (1–100, default 10). */
  pageSize = 10;
  /** `more` (default): a "Show more" button; `pages`: numbered pages. */
  paging: 'more' | 'pages' = 'more';
  /** The initial sort: `newest` (default), `highest`, `lowest` or `most-helpful`. */
  sort: ReviewSort = 'newest';
  /** Hosts review photos may come from, space-separated; default: the page's own host. */
  imageHosts?: string;
  /** Heading level of each review title (default 3). */
  headingLevel = 3;
  /** The current time in ms for relative dates (server rendering and tests). */
  now?: number;

  private filters: ReviewFilters = { sort: 'newest', stars: [], withPhotos: false, verifiedOnly: false, language: '', search: '' };
  private pagesShown = 1;
  private page = 0;
  /** A paged feed with its later pages appended: `base` is the first page it extends. */
  /** Pages loaded after the first: the merged feed, the next link, and every URL loaded (a feed whose pages loop is stopped). */
  private morePages: { base: ReviewFeed; feed: ReviewFeed; next?: string; loaded: Set<string> } | undefined;
  private loadingMore = false;
  private loadingAll = false;
  private moreFailed = false;
  private moreAbort?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private result?: ReviewQueryResult;
  private aggregate?: Aggregate;
  private focusFrom?: number;
  /** Where focus goes when the button that had it disappears: after a retry, after clearing the filters. */
  private focusAfter?: 'retry' | 'search';
  /** Set by a sort or filter change on a paged feed: every page must be loaded so no match is out of reach. */
  private needsAllPages = false;
  /** Set by the first filter change: from then on the status also says when all reviews show. */
  private everFiltered = false;

  private readonly source = reviewFeedSource(this, (problems) => this.report(problems));
  private readonly graph = new GraphContributor(this);

  /** The feed with every page loaded so far. */
  get feed(): ReviewFeed | undefined {
    return this.morePages?.feed ?? this.source.value;
  }

  /** The current filters (a copy). */
  get currentFilters(): ReviewFilters {
    return { ...this.filters, stars: [...this.filters.stars] };
  }

  /** True when any filter or search narrows the list. */
  get filtered(): boolean {
    const f = this.filters;
    return f.stars.length > 0 || f.withPhotos || f.verifiedOnly || f.language !== '' || f.search.trim() !== '';
  }

  private get size(): number {
    const n = Number(this.pageSize);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE_SIZE) : 10;
  }

  /** Shows only reviews with this many whole stars; the same star again (or none) shows all. */
  filterStars(stars?: number): void {
    const same = this.filters.stars.length === 1 && this.filters.stars[0] === stars;
    this.setFilters({ stars: stars === undefined || same ? [] : [stars] });
  }

  clearFilters(): void {
    clearTimeout(this.searchTimer); // a search typed just before must not come back
    this.setFilters({ stars: [], withPhotos: false, verifiedOnly: false, language: '', search: '' });
  }

  private setFilters(change: Partial<ReviewFilters>): void {
    this.filters = { ...this.filters, ...change };
    if (Object.keys(change).some((key) => key !== 'sort')) this.everFiltered = true;
    this.pagesShown = 1;
    this.page = 0;
    // Sorting or filtering one page of a paged feed would hide reviews: load them all first.
    this.needsAllPages = true;
    if (this.nextUrl) void this.loadAllPages();
    this.dispatchEvent(new CustomEvent('trust-filter-change', { detail: { filters: this.currentFilters }, bubbles: true, composed: true }));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) {
      this.source.set(this.data, this.src);
      this.everFiltered = false; // another feed: nothing to announce until the shopper filters it
      this.needsAllPages = false;
    }
    if (changed.has('usePageJsonld') && changed.get('usePageJsonld') !== undefined) this.source.retry();
    if (changed.has('sort')) {
      const sort = (REVIEW_SORTS as readonly string[]).includes(this.sort) ? this.sort : 'newest';
      if (sort !== this.sort) this.report([{ path: 'sort', expected: REVIEW_SORTS.join(', '), received: describeValue(this.sort), severity: 'error' }]);
      this.filters = { ...this.filters, sort };
    }
    if (this.morePages && this.morePages.base !== this.source.value) this.morePages = undefined;
    const feed = this.feed;
    if (feed !== this.lastFeed) this.feedChanged(feed);
    else if ((this.source.state === 'error') !== (this.lastState === 'error')) {
      // A linked summary shows whether this list is still loading: tell it when that changes.
      this.dispatchEvent(new CustomEvent('trust-feed-change', { detail: { feed: undefined } }));
    }
    this.lastState = this.source.state;
    if (!feed) {
      this.result = undefined;
      this.queried = undefined;
      this.graph.set(undefined);
      return;
    }
    // Sorting 10,000 reviews is the expensive step: redo it only when its inputs change.
    const size = this.size;
    const pages = this.paging === 'pages';
    const inputs = [feed, this.filters, pages ? this.page : -1, pages ? 1 : this.pagesShown, size, this.locale.lang] as const;
    if (this.queried && inputs.every((value, i) => value === this.queried![i])) return;
    this.queried = inputs;
    this.result = queryReviews(feed.reviews, {
      ...this.filters,
      offset: pages ? this.page * size : 0,
      limit: pages ? size : size * this.pagesShown,
    });
    // Data read from the page's own JSON-LD is already marked up: contributing it would duplicate it.
    this.graph.set(
      this.source.channel === 'fallback' ? undefined : { product: feed.product, aggregate: this.aggregate, reviews: this.result.items, scale: feed.scale },
    );
  }

  /** The inputs of the last query (see willUpdate). */
  private queried?: readonly unknown[];

  private lastFeed?: ReviewFeed;
  private lastState?: string;

  /** Whether the list's data failed to load (a linked summary then stops showing itself as busy). */
  get loadFailed(): boolean {
    return this.source.state === 'error';
  }
  /** What the toolbar needs to know about the whole feed, worked out once per feed. */
  private feedFacts = { languages: [] as string[], hasPhotos: false };
  /** Votes cast on this page, by review id: they stay with their review when the list re-sorts. */
  private readonly votes = new Map<string, 'helpful' | 'not-helpful'>();

  private feedChanged(feed: ReviewFeed | undefined): void {
    this.lastFeed = feed;
    if (!feed) return;
    const overall = overallAggregate(feed);
    this.aggregate = overall.value;
    this.feedFacts = {
      languages: [...new Set(feed.reviews.flatMap((r) => (r.language ? [r.language.split('-')[0]!.toLowerCase()] : [])))].sort(),
      hasPhotos: feed.reviews.some((r) => r.photos.length > 0),
    };
    this.report(overall.problems);
    if (!feed.disclosure) {
      warnOnce(this, 'the feed has no review-collection disclosure: shops in the EU must say whether and how they check that reviews come from buyers (feed.disclosure).');
    }
    this.dispatchEvent(new CustomEvent('trust-feed-change', { detail: { feed } }));
  }

  override updated(): void {
    if (this.focusAfter && this.source.state !== 'loading') {
      // Only when focus was lost with the button: a shopper who has moved on keeps their place.
      if (focusLost(this)) {
        if (this.focusAfter === 'retry') focusFirst(this, '.placeholder button', 'section[part="base"]');
        else focusFirst(this, '[part="toolbar"] input[type="search"]');
      }
      this.focusAfter = undefined;
    }
    if (this.focusFrom !== undefined) {
      // To the first new review, if focus is still on the paging control that asked for it (or was lost).
      if (focusStillOn(this, '[part="paging"]')) this.renderRoot.querySelectorAll<HTMLElement>('[part="reviews"] > li')[this.focusFrom]?.focus();
      this.focusFrom = undefined;
    }
  }

  protected override disconnected(): void {
    this.moreAbort?.abort();
    this.moreAbort = undefined;
    this.loadingMore = false;
    clearTimeout(this.searchTimer);
  }

  /** Reviews in the whole set: the feed's total, never fewer than are loaded. */
  private get total(): number {
    const feed = this.feed;
    return Math.max(feed?.total ?? 0, feed?.reviews.length ?? 0);
  }

  private get nextUrl(): string | undefined {
    return this.morePages ? this.morePages.next : this.source.value?.next;
  }

  /** Loads the next page of a paged feed and appends its reviews. */
  private async loadNextPage(): Promise<boolean> {
    const next = this.nextUrl;
    const base = this.source.value;
    if (!next || !base || this.loadingMore) return false;
    // The first page counts as loaded: a next link back to it is a loop too.
    const first = this.source.channel === 'src' ? safeUrl(this.src, pageBase()) : undefined;
    const loaded = this.morePages?.loaded ?? new Set<string>(first ? [first] : []);
    const current = this.morePages?.feed ?? base;
    if (loaded.has(next)) {
      this.report([{ path: 'next', expected: 'a page not loaded before (the pages loop; no more are loaded)', received: describeValue(next), severity: 'error' }]);
      this.morePages = { base, feed: { ...current, next: undefined }, next: undefined, loaded };
      return false;
    }
    this.moreAbort?.abort();
    const abort = new AbortController();
    this.moreAbort = abort;
    this.loadingMore = true;
    this.moreFailed = false;
    const result = await fetchJson(next, pageBase(), abort.signal);
    if (this.moreAbort !== abort) return false;
    this.loadingMore = false;
    if (!result.ok) {
      this.moreFailed = true;
      this.report([result.problem]);
      return false;
    }
    loaded.add(next); // only pages that arrived: a failed one can be tried again
    const page = parseReviewFeed(result.value, { baseUrl: result.url, imageHosts: imageHostsOf(this), scale: base.scale });
    this.report(page.problems.map((p) => ({ ...p, path: `next page: ${p.path}` })));
    const seen = new Set(current.reviews.map((r) => r.id));
    const added = page.value.reviews.filter((r) => !seen.has(r.id));
    const reviews = [...current.reviews, ...added];
    // A page that adds nothing ends the walk: the feed repeats itself or is empty from here on.
    const following = added.length ? page.value.next : undefined;
    this.morePages = { base, feed: { ...base, reviews, next: following }, next: following, loaded };
    return added.length > 0;
  }

  /** Loads the remaining pages one after another (up to the parser's review limit). */
  private async loadAllPages(): Promise<void> {
    if (this.loadingAll) return;
    this.loadingAll = true;
    try {
      while (this.nextUrl && (this.feed?.reviews.length ?? 0) < FEED_LIMITS.maxReviews && (await this.loadNextPage()));
    } finally {
      this.loadingAll = false;
    }
  }

  private async showMore(): Promise<void> {
    const shown = this.result?.items.length ?? 0;
    const want = this.size * (this.pagesShown + 1);
    // After a sort or filter every page is needed; a retry after a failed page resumes that walk.
    if (this.needsAllPages && this.nextUrl) await this.loadAllPages();
    else if ((this.feed?.reviews.length ?? 0) < want && this.nextUrl) await this.loadNextPage();
    this.pagesShown++;
    this.focusFrom = shown;
  }

  private async goToPage(page: number): Promise<void> {
    const want = this.size * (page + 1);
    if (this.needsAllPages && this.nextUrl) await this.loadAllPages();
    while ((this.feed?.reviews.length ?? 0) < want && this.nextUrl && (await this.loadNextPage()));
    this.page = page;
    this.focusFrom = 0;
  }

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilters({ search: value }), 200);
  }

  override render() {
    const state = this.source.state;
    if (state === 'loading') {
      return html`<div part="base"><div class="placeholder loading" role="status">${this.t('listLoading')}</div></div>`;
    }
    if (state === 'error') {
      return html`<div part="base">
        <div class="placeholder" role="alert">
          <p>${this.t('listError')}</p>
          <button
            class="button"
            @click=${() => {
              this.focusAfter = 'retry';
              this.source.retry();
            }}
          >
            ${this.t('listRetry')}
          </button>
        </div>
      </div>`;
    }
    const feed = this.feed;
    if (!feed) return html`<div part="base"><p class="placeholder small">${this.t('listEmpty')}</p></div>`;
    // The status region stays in the accessibility tree (shown only while filtered), so its first message is announced.
    return html`<section part="base" tabindex="-1" aria-label=${this.t('listHeading')}>
      ${this.renderDisclosure(feed)} ${feed.reviews.length ? this.renderToolbar(feed) : nothing}
      <p part="status" role="status" class=${this.filtered || this.loadingAll ? '' : 'visually-hidden'}>${this.renderStatus()}</p>
      ${this.renderReviews(feed)} ${this.renderPaging()}
    </section>`;
  }

  /** The level of the review titles, which the disclosure heading shares: it sits beside them, not above them. */
  private get titleLevel(): number {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 3;
  }

  private renderDisclosure(feed: ReviewFeed) {
    const disclosure = feed.disclosure;
    if (!disclosure) {
      return html`<aside part="disclosure" aria-label=${this.t('disclosureHeading')}>
        <div role="heading" aria-level=${this.titleLevel}>${this.t('disclosureHeading')}</div>
        <p>${this.t('disclosureMissing')}</p>
      </aside>`;
    }
    const policy = safeUrl(disclosure.policyUrl, pageBase());
    return html`<aside part="disclosure" aria-label=${this.t('disclosureHeading')}>
      <div role="heading" aria-level=${this.titleLevel}>${this.t('disclosureHeading')}</div>
      <p>${this.t(DISCLOSURE_TEXT[disclosure.verification])}</p>
      ${disclosure.description ? html`<p><bdi>${disclosure.description}</bdi></p>` : nothing}
      ${disclosure.moderation
        ? html`<details>
            <summary>${this.t('disclosureModeration')}</summary>
            <p><bdi>${disclosure.moderation}</bdi></p>
          </details>`
        : nothing}
      ${policy ? html`<p><a href=${attributeUrl(policy)}>${this.t('disclosurePolicy')}</a></p>` : nothing}
    </aside>`;
  }

  private renderToolbar(feed: ReviewFeed) {
    const f = this.filters;
    const lang = this.locale.lang;
    const stars: number[] = [];
    for (let s = Math.floor(feed.scale.best); s >= Math.ceil(feed.scale.worst); s--) stars.push(s);
    const { languages, hasPhotos } = this.feedFacts;
    let names: Intl.DisplayNames | undefined;
    try {
      names = languages.length > 1 ? new Intl.DisplayNames([lang], { type: 'language' }) : undefined;
    } catch {
      names = undefined;
    }
    return html`<div part="toolbar">
      <label
        >${this.t('listSort')}
        <select @change=${(e: Event) => this.setFilters({ sort: (e.target as HTMLSelectElement).value as ReviewSort })}>
          ${REVIEW_SORTS.map((sort) => html`<option value=${sort} ?selected=${f.sort === sort}>${this.t(SORT_LABELS[sort])}</option>`)}
        </select>
      </label>
      <label
        >${this.t('listStars')}
        <select @change=${(e: Event) => this.filterStars(Number((e.target as HTMLSelectElement).value) || undefined)}>
          <option value="" ?selected=${f.stars.length === 0}>${this.t('listAllStars')}</option>
          ${stars.map(
            (s) =>
              html`<option value=${s} ?selected=${f.stars.length === 1 && f.stars[0] === s}>
                ${this.t('summaryStars', { stars: formatCount(lang, s) }, { stars: s })}
              </option>`,
          )}
        </select>
      </label>
      ${languages.length > 1
        ? html`<label
            >${this.t('listLanguage')}
            <select @change=${(e: Event) => this.setFilters({ language: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${f.language === ''}>${this.t('listAllLanguages')}</option>
              ${languages.map((l) => html`<option value=${l} ?selected=${f.language === l}>${languageName(names, l)}</option>`)}
            </select>
          </label>`
        : nothing}
      <label
        >${this.t('listSearch')}
        <input type="search" .value=${f.search} @input=${this.onSearch} @change=${this.onSearch} />
      </label>
      ${hasPhotos
        ? html`<label class="check"
            ><input type="checkbox" .checked=${f.withPhotos} @change=${(e: Event) => this.setFilters({ withPhotos: (e.target as HTMLInputElement).checked })} />
            ${this.t('listWithPhotos')}</label
          >`
        : nothing}
      <label class="check"
        ><input type="checkbox" .checked=${f.verifiedOnly} @change=${(e: Event) => this.setFilters({ verifiedOnly: (e.target as HTMLInputElement).checked })} />
        ${this.t('listVerifiedOnly')}</label
      >
      ${this.filtered
        ? html`<button
            class="button"
            @click=${() => {
              this.focusAfter = 'search';
              this.clearFilters();
            }}
          >
            ${this.t('listClearFilters')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderStatus() {
    const result = this.result;
    if (this.loadingAll) return this.t('listLoading');
    if (!result) return nothing;
    const lang = this.locale.lang;
    const total = this.total;
    // Unfiltered, the (visually hidden) status says so once a filter has been used: clearing one is announced too.
    if (!this.filtered) return this.everFiltered ? this.t('listShowingAll', { total: formatCount(lang, total) }, { total }) : nothing;
    return this.t('listShowing', { shown: formatCount(lang, result.matched), total: formatCount(lang, total) }, { total });
  }

  private renderReviews(feed: ReviewFeed) {
    const result = this.result;
    if (!result || feed.reviews.length === 0) return html`<p class="placeholder small">${this.t('listEmpty')}</p>`;
    if (result.items.length === 0) return html`<p class="placeholder small">${this.t('listNoMatch')}</p>`;
    // Cards are reused in place (not keyed by review): re-sorting updates ten cards
    // instead of building ten new ones. Per-review state (votes) lives here.
    return html`<ol part="reviews" @trust-review-vote=${this.onVote}>
      ${result.items.map(
        (review) => html`<li tabindex="-1">
          <trust-review
            .review=${review}
            .scale=${feed.scale}
            .votes=${this.votes}
            .now=${this.now}
            heading-level=${this.headingLevel}
            image-hosts=${this.imageHosts ?? nothing}
          ></trust-review>
        </li>`,
      )}
    </ol>`;
  }

  private onVote(event: CustomEvent<{ reviewId: string; vote: 'helpful' | 'not-helpful' }>): void {
    this.votes.set(event.detail.reviewId, event.detail.vote);
  }

  private renderPaging() {
    const result = this.result;
    if (!result) return nothing;
    const size = this.size;
    if (this.paging === 'pages') {
      const known = Math.max(result.matched, this.filtered ? 0 : this.total);
      const count = Math.ceil(known / size);
      if (count <= 1) return nothing;
      const lang = this.locale.lang;
      return html`<nav part="paging" aria-label=${this.t('listPages')}>
        <button class="button" ?disabled=${this.page === 0} @click=${() => this.goToPage(this.page - 1)}>${this.t('listPrevious')}</button>
        ${pageWindow(this.page, count).map((p) =>
          p === undefined
            ? html`<span aria-hidden="true">…</span>`
            : html`<button
                class="button"
                aria-current=${p === this.page ? 'page' : nothing}
                aria-label=${this.t('listPage', { page: formatCount(lang, p + 1) })}
                @click=${() => this.goToPage(p)}
              >
                ${formatCount(lang, p + 1)}
              </button>`,
        )}
        <button class="button" ?disabled=${this.page >= count - 1} @click=${() => this.goToPage(this.page + 1)}>${this.t('listNext')}</button>
      </nav>`;
    }
    const more = result.items.length < result.matched || this.nextUrl !== undefined;
    if (!more && !this.moreFailed) return nothing;
    return html`<div part="paging">
      <button
        class="button primary"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        aria-busy=${this.loadingMore ? 'true' : 'false'}
        @click=${() => !this.loadingMore && this.showMore()}
      >
        ${this.t(this.loadingMore ? 'listLoading' : 'listShowMore')}
      </button>
      ${this.moreFailed ? html`<p role="alert">${this.t('listError')}</p>` : nothing}
    </div>`;
  }
}

function languageName(names: Intl.DisplayNames | undefined, code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Page indexes to offer: first, last, and two either side of the current one; `undefined` marks a gap. */
function pageWindow(current: number, count: number): Array<number | undefined> {
  // At most seven numbers whatever the count, so a feed that states a huge total costs nothing.
  const wanted = [...new Set([0, current - 2, current - 1, current, current + 1, current + 2, count - 1])]
    .filter((p) => p >= 0 && p < count)
    .sort((a, b) => a - b);
  const pages: Array<number | undefined> = [];
  for (const p of wanted) {
    const last = pages[pages.length - 1];
    if (last !== undefined && p > last + 1) pages.push(undefined);
    pages.push(p);
  }
  return pages;
}


/**
 * Where an element's data comes from, in order of precedence:
 *
 *   1. the `data` property (plugin authors with their own data layer),
 *   2. an inline `<script type="application/json">` child (server-rendered pages),
 *   3. a `src` URL (fetched: time-out, abort, content-type check, size cap),
 *   4. a fallback the element provides (e.g. the page's schema.org JSON-LD).
 *
 * Every channel ends in the same `parse` function, so validation is the same
 * whichever way data arrives. The controller never throws; failures become
 * the `error` state with a retry, and problems are logged by the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeValue, type Parsed, type Problem } from '../core/problems.js';
import { fetchJson, type LoadFailure } from './fetch-json.js';
import { pageBase } from './page.js';

export type DataState = 'empty' | 'loading' | 'ready' | 'error';

export type { LoadFailure };

export interface DataSourceOptions<T> {
  parse(raw: unknown, origin: { baseUrl: string }): Parsed<T>;
  /** Called with problems from each load; the host logs them. */
  report(problems: readonly Problem[]): void;
  /** Last resort when no channel is set (e.g. read the page's JSON-LD); may load code first. */
  fallback?(): Parsed<T> | undefined | Promise<Parsed<T> | undefined>;
  /** Time-out of a `src` load in ms (default 10,000). */
  timeoutMs?: number;
  /** Size cap of a `src` response in bytes (default 5,000,000). */
  maxBytes?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

export class DataSourceController<T> implements ReactiveController {
  state: DataState = 'empty';
  value?: T;
  failure?: LoadFailure;
  /** Which channel the current value came from. */
  channel?: 'property' | 'inline' | 'src' | 'fallback';

  private data: unknown;
  private src?: string;
  private abort?: AbortController;
  private inlineObserver?: MutationObserver;
  /** Identifies the latest deferred fallback, so an older one never overwrites newer data. */
  private pending?: object;
  /** The `data` object last parsed, so reconnecting does not parse it again. */
  private parsedData?: unknown;
  /** The `src` of the current or last load. */
  private requested?: string;
  /** Text of the inline JSON last read, so unrelated child changes cause no re-parse. */
  private inlineText?: string;

  constructor(
    private readonly host: Host,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.inlineObserver = new MutationObserver(() => {
        if ((this.inlineScript()?.textContent ?? undefined) !== this.inlineText) this.resolve();
      });
      this.inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.cancel();
  }

  /**
   * The host passes its `data` property and `src` attribute whenever either
   * changes. Property data is read at once, even before the element is
   * connected (and in server rendering, where it never is).
   */
  set(data: unknown, src: string | null | undefined): void {
    const changed = data !== this.data || (src ?? undefined) !== this.src;
    this.data = data;
    this.src = src ?? undefined;
    if (changed && (this.host.isConnected || (data !== undefined && data !== null))) this.resolve();
  }

  /** Loads again after an error (the retry button). */
  retry(): void {
    this.resolve(true);
  }

  private get baseUrl(): string {
    return pageBase();
  }

  private accept(parsed: Parsed<T>, channel: DataSourceController<T>['channel']): void {
    this.options.report(parsed.problems);
    this.value = parsed.value;
    this.channel = channel;
    this.state = 'ready';
    this.failure = undefined;
    this.host.requestUpdate();
  }

  private fail(failure: LoadFailure, problem?: Problem): void {
    if (problem) this.options.report([problem]);
    this.failure = failure;
    this.state = 'error';
    this.host.requestUpdate();
  }

  private resolve(force = false): void {
    try {
      if (this.data !== undefined && this.data !== null) {
        this.cancel();
        if (this.parsedData !== this.data || this.state !== 'ready') {
          this.parsedData = this.data;
          this.accept(this.options.parse(this.data, { baseUrl: this.baseUrl }), 'property');
        }
        return;
      }
      this.parsedData = undefined;
      const inline = this.inlineScript();
      if (!inline) this.inlineText = undefined;
      if (inline) {
        this.cancel();
        this.readInline(inline);
        return;
      }
      if (this.src) {
        if (force || this.channel !== 'src' || this.requested !== this.src) void this.load(this.src);
        return;
      }
      this.cancel();
      const fallback = this.options.fallback?.();
      if (fallback instanceof Promise) void this.acceptLater(fallback);
      else if (fallback) this.accept(fallback, 'fallback');
      else this.clear();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail('invalid-json', { path: 'data', expected: 'data the element can read', received: describeValue(reason), severity: 'error' });
    }
  }

  private clear(): void {
    if (this.state === 'empty') return;
    this.state = 'empty';
    this.value = undefined;
    this.channel = undefined;
    this.host.requestUpdate();
  }

  /** A fallback that had to load code first: used unless another channel took over meanwhile. */
  private async acceptLater(pending: Promise<Parsed<T> | undefined>): Promise<void> {
    const ticket = (this.pending = {});
    let parsed: Parsed<T> | undefined;
    try {
      parsed = await pending;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      parsed = undefined;
      this.options.report([{ path: 'data', expected: 'data the element can read', received: describeValue(reason), severity: 'error' }]);
    }
    if (this.pending !== ticket || this.data != null || this.src || this.inlineScript()) return;
    if (parsed) this.accept(parsed, 'fallback');
    else this.clear();
  }

  /** Only the first direct child with exactly `type="application/json"`; other scripts are never read. */
  private inlineScript(): HTMLScriptElement | undefined {
    // Server rendering has no light DOM to read.
    if (!this.host.children) return undefined;
    for (const child of this.host.children) {
      if (child.localName === 'script' && child.getAttribute('type') === 'application/json') return child as HTMLScriptElement;
    }
    return undefined;
  }

  private readInline(script: HTMLScriptElement): void {
    const text = script.textContent ?? '';
    this.inlineText = text;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      const hint = /&quot;|&lt;|&amp;/.test(text) ? ' (it looks HTML-escaped: print it unescaped)' : '';
      this.fail('invalid-json', { path: 'inline JSON', expected: `valid JSON${hint}`, received: describeValue(text), severity: 'error' });
      return;
    }
    this.accept(this.options.parse(raw, { baseUrl: this.baseUrl }), 'inline');
  }

  /** Stops a load in flight; its `src` counts as not loaded, so reconnecting loads it again. */
  private cancel(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = undefined;
    this.requested = undefined;
  }

  private async load(src: string): Promise<void> {
    this.cancel();
    this.requested = src;
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.failure = undefined;
    this.channel = 'src';
    // Data from another source must not stay on screen (or in JSON-LD) while this one loads or fails.
    this.value = undefined;
    this.host.requestUpdate();
    const result = await fetchJson(src, this.baseUrl, abort.signal, this.options);
    if (this.abort !== abort) return; // replaced or disconnected: a newer load owns the state
    this.abort = undefined;
    if (result.ok) this.accept(this.options.parse(result.value, { baseUrl: result.url }), 'src');
    else this.fail(result.failure, result.problem);
  }
}

/**
 * Answers `fetch` for a few made-up same-origin URLs while a story is shown,
 * so loading and error states look the same in a static Storybook build.
 * Every other request goes to the real `fetch`. The stub lives in an
 * `<sb-fetch-stub>` element placed before the story: it is active while that
 * element is connected, and the real `fetch` is back once the last one leaves.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

export type StubHandler = () => Promise<Response>;

/** A response that never arrives: the element stays in its loading state. */
export const never: StubHandler = () => new Promise<Response>(() => {});

/** An HTTP error with a JSON body. */
export const status =
  (code: number): StubHandler =>
  async () =>
    new Response(JSON.stringify({ error: `stubbed HTTP ${code}` }), { status: code, headers: { 'content-type': 'application/json' } });

/** Fails once with a 500, then answers with `body` (to show "Try again" working). */
export function failOnce(body: unknown): StubHandler {
  let calls = 0;
  return async () =>
    calls++ === 0
      ? status(500)()
      : new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

class FetchStub extends HTMLElement {
  /** URL (relative to the page) → handler. */
  routes = new Map<string, StubHandler>();

  connectedCallback(): void {
    active.add(this);
    install();
  }

  disconnectedCallback(): void {
    active.delete(this);
    if (active.size === 0) uninstall();
  }
}

const active = new Set<FetchStub>();
let realFetch: typeof fetch | undefined;

const absolute = (url: string) => new URL(url, document.baseURI).href;

function handlerFor(input: RequestInfo | URL): StubHandler | undefined {
  const url = absolute(input instanceof Request ? input.url : String(input));
  for (const stub of active) {
    for (const [route, handler] of stub.routes) if (absolute(route) === url) return handler;
  }
  return undefined;
}

function install(): void {
  if (realFetch) return;
  const real = window.fetch;
  realFetch = real;
  window.fetch = (input, init) => handlerFor(input)?.() ?? real.call(window, input, init);
}

function uninstall(): void {
  if (!realFetch) return;
  window.fetch = realFetch;
  realFetch = undefined;
}

if (!customElements.get('sb-fetch-stub')) customElements.define('sb-fetch-stub', FetchStub);

/**
 * A decorator that answers the given URLs for this story only. Use names
 * relative to the page (`stub-reviews.json`): they resolve beside
 * `iframe.html`, as the feed's relative photo URLs (`img/…`) then do too.
 * `routes` is called on each render, so stateful handlers start afresh.
 */
export function withFetchStub(routes: () => Record<string, StubHandler>): Decorator {
  return (story) => html`<sb-fetch-stub hidden .routes=${new Map(Object.entries(routes()))}></sb-fetch-stub>${story()}`;
}

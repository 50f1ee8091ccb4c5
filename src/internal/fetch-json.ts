/**
 * The library's one network path: GET a JSON document from an http(s) URL,
 * with the page's credentials rules (same-origin only), no redirects, a
 * time-out, a content-type check and a size cap. Never throws; every failure
 * is a typed result with a problem naming `src`.
 */
import { describeValue, type Problem } from '../core/problems.js';
import { safeUrl } from '../core/url.js';

/** Why a load failed; elements turn it into a localized message. */
export type LoadFailure = 'network' | 'status' | 'content-type' | 'too-large' | 'invalid-json' | 'timeout' | 'bad-url';

export type FetchJsonResult =
  | { ok: true; value: unknown; url: string }
  | { ok: false; failure: LoadFailure; problem: Problem };

export interface FetchJsonOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function failed(failure: LoadFailure, expected: string, received: string): FetchJsonResult {
  return { ok: false, failure, problem: { path: 'src', expected, received: describeValue(received), severity: 'error' } };
}

export async function fetchJson(src: string, base: string, signal: AbortSignal, options: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const url = safeUrl(src, base);
  if (!url) return failed('bad-url', 'an http(s) URL', src);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      redirect: 'error',
      signal: timeout.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return failed('status', 'a successful response', `HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) return failed('content-type', 'a JSON response (content-type application/json)', type || 'no content type');
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return failed('too-large', `a response of at most ${maxBytes} bytes`, 'a larger one');
    try {
      return { ok: true, value: JSON.parse(text), url };
    } catch {
      return failed('invalid-json', 'valid JSON', text.slice(0, 60));
    }
  } catch (error) {
    if (signal.aborted) return failed('network', 'a load that was not cancelled', 'cancelled');
    if (timeout.signal.aborted) return failed('timeout', `a response within ${timeoutMs} ms`, 'none in time');
    return failed('network', 'a reachable URL', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** The body as text, or `undefined` when it exceeds `maxBytes` (reading stops there). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

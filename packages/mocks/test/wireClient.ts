/** A tiny wire client for the contract tests: plain `fetch`, no GiftKit code in the way. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface WireAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else `undefined`. */
  json: { responseData: unknown; errors: string[] } | undefined;
  text: string;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function wireClient(fetchLike: FetchLike, baseUrl: string) {
  return async function call(method: string, path: string, options: CallOptions = {}): Promise<WireAnswer> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetchLike(`${baseUrl}${path}`, { method, headers, body, signal: options.signal });
    const text = await response.text();
    let json: WireAnswer['json'];
    if ((response.headers.get('content-type') ?? '').includes('application/json')) {
      try {
        json = JSON.parse(text) as WireAnswer['json'];
      } catch {
        json = undefined;
      }
    }
    return { status: response.status, headers: response.headers, json, text };
  };
}

export type WireCall = ReturnType<typeof wireClient>;

/** The envelope's `responseData`, typed as the test expects it. */
export const payload = <T = Record<string, unknown>>(answer: Pick<WireAnswer, 'json'>): T => answer.json?.responseData as T;

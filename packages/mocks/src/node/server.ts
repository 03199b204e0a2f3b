import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createPlatform } from '../createPlatform';
import { errorResponse } from '../handlers/envelope';
import { createHandlers } from '../handlers';
import type { MockPlatformServer, StartMockPlatformOptions } from '../serverTypes';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition',
};

/** node's request → a Fetch `Request` whose signal aborts when the client goes away. */
async function toFetchRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, signal });
}

async function writeResponse(res: ServerResponse, response: Response, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves the MSW handlers over real HTTP on 127.0.0.1 only (never on other interfaces): each
 * request goes through msw's `getResponse`, exactly as the in-process interception does.
 *
 * @example
 * const server = await startMockPlatform({ port: 4010 });
 * const client = createHttpGiftsClient({ baseURL: server.url, getToken: () => token });
 * await server.close();
 */
export async function startMockPlatform(options: StartMockPlatformOptions = {}): Promise<MockPlatformServer> {
  const platform = options.platform ?? createPlatform();
  const cors = options.cors ?? true;
  const extra = cors ? CORS_HEADERS : {};
  let handlers = createHandlers(platform);
  let origin = '';

  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
    });
    void (async () => {
      try {
        if (cors && req.method === 'OPTIONS') {
          res.writeHead(204, extra);
          res.end();
          return;
        }
        const request = await toFetchRequest(req, origin, controller.signal);
        const response = (await getResponse(handlers, request)) ?? errorResponse(404, { code: 'NOT_FOUND' }, `No such endpoint: ${request.method} ${req.url ?? ''}`);
        if (!res.destroyed) await writeResponse(res, response, extra);
      } catch (error) {
        if (controller.signal.aborted || res.destroyed) return; // nobody is listening any more
        const message = error instanceof Error ? error.message : 'Internal error';
        await writeResponse(res, errorResponse(500, { code: 'UNKNOWN' }, message), extra).catch(() => undefined);
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  handlers = createHandlers(platform, { baseUrl: origin });

  return {
    url: origin,
    port,
    platform,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

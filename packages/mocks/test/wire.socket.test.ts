import { describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createHandlers, createPlatform, DEFAULT_BASE_URL } from '../src';
import { startMockPlatform } from '../src/node';
import { transcript, wireContractSuite } from './wireContract';
import { wireClient } from './wireClient';

wireContractSuite('socket server (startMockPlatform on 127.0.0.1)', async (platform) => {
  const server = await startMockPlatform({ platform });
  return { baseUrl: server.url, fetch: (input, init) => fetch(input, init), stop: () => server.close() };
});

describe('the same requests, the same answers', () => {
  it('gives byte-identical answers through MSW in Node and over the socket', async () => {
    const overSocket = await startMockPlatform({ platform: createPlatform() });
    const socketTranscript = await transcript(wireClient(fetch, overSocket.url));
    await overSocket.close();

    const interceptor = setupServer(...createHandlers(createPlatform()));
    interceptor.listen({ onUnhandledRequest: 'error' });
    try {
      const mswTranscript = await transcript(wireClient(fetch, DEFAULT_BASE_URL));
      expect(mswTranscript).toEqual(socketTranscript);
      expect(mswTranscript.filter((line) => / → 2\d\d /.test(line)).length).toBeGreaterThan(10);
    } finally {
      interceptor.close();
    }
  });

  it('listens on 127.0.0.1 only and answers CORS preflights', async () => {
    const server = await startMockPlatform();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const preflight = await fetch(`${server.url}/orders`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    } finally {
      await server.close();
    }
  });
});

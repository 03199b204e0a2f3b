import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers, DEFAULT_BASE_URL } from '../src';
import { wireContractSuite } from './wireContract';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

wireContractSuite('MSW in Node (setupServer, plain fetch)', (platform) => {
  server.resetHandlers(...createHandlers(platform));
  return Promise.resolve({
    baseUrl: DEFAULT_BASE_URL,
    fetch: (input, init) => fetch(input, init),
    stop: () => Promise.resolve(server.resetHandlers()),
  });
});

/**
 * @giftkit/mocks/node: the simulated platform over a real socket, for end-to-end tests,
 * the demo site and clients that cannot be intercepted (another process, curl).
 */
export { startMockPlatform } from './node/server';
export type { MockPlatformServer, StartMockPlatformOptions } from './serverTypes';

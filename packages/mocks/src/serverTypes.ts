import type { Platform } from './engine/platform';

/**
 * Types of `@giftkit/mocks/node`, declared in the main entry so both entries share one
 * `Platform` type (a bundled copy of the class would not be assignable to the other).
 */
export interface StartMockPlatformOptions {
  /** Port on 127.0.0.1; `0` picks a free one. @default 0 */
  port?: number;
  /** The platform to serve. @default createPlatform() */
  platform?: Platform;
  /**
   * Answer browsers from other origins (the demo site, Storybook): `Access-Control-Allow-Origin: *`.
   * @default true
   */
  cors?: boolean;
}

export interface MockPlatformServer {
  /** `http://127.0.0.1:<port>`: the base URL of every wire path. */
  url: string;
  port: number;
  platform: Platform;
  /** Stops listening and drops open connections (a hanging `timeout` fault included). */
  close(): Promise<void>;
}

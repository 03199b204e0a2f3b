import { Platform, type EngineOptions } from './engine/platform';
import { applySeed, type SeedLevel } from './seed';

export interface PlatformOptions extends EngineOptions {
  /**
   * What to load: `full` (catalogue, customers, codes and the well-known gifts), `catalog`
   * (everything but gifts) or `none` (an empty platform to fill through `platform.dev`).
   * @default 'full'
   */
  seed?: SeedLevel;
}

/**
 * A simulated platform in its seeded state, deterministic for a given set of options.
 *
 * @example
 * const platform = createPlatform();
 * platform.advanceBy(3600); // the hourly delivery job runs
 */
export function createPlatform(options: PlatformOptions = {}): Platform {
  const platform = new Platform(options);
  applySeed(platform, options.seed ?? 'full');
  platform.catchUp();
  return platform;
}

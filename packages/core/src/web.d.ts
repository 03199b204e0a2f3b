/**
 * Core compiles with `lib: ["ES2023"]` and no DOM or Node types, so a web API used by accident
 * does not compile. The public API names one web type, `AbortSignal`, which core only passes
 * through; hosts get the whole type from the DOM lib or @types/node. This is all core sees.
 */
interface AbortSignal {
  readonly aborted: boolean;
}

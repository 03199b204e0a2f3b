/** Random bytes for codes, injectable so tests stay deterministic. */
export type RandomBytes = (length: number) => Uint8Array;

/** The one Web Crypto call core makes; declared here because core compiles without DOM types. */
interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** Secure bytes from Web Crypto (every browser, Node ≥ 19). */
export const cryptoBytes: RandomBytes = (length) => (globalThis as typeof globalThis & { crypto: WebCrypto }).crypto.getRandomValues(new Uint8Array(length));

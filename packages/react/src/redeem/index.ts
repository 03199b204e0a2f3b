// Public exports of this flow; re-exported from the package entry.
export {};

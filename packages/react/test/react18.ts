import { version } from 'react';
import { beforeAll, expect } from 'vitest';

// Proves the alias took: this project must really run React 18.
beforeAll(() => {
  expect(version).toMatch(/^18\./);
});

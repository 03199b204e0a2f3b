import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library's 1 s default is too short when CI runs jsdom, Storybook and the
// demo side by side on two cores (a lazily loaded locale chunk missed it). Only a
// failing query waits this long; the tests' own hang guard is 60 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

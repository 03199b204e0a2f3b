import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story must pass axe: a violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;

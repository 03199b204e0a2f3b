import { screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { seed } from '@giftkit/mocks';
import { useGiftKit } from '@giftkit/react';
import { renderWithScenario, stopScenarioServer } from './renderWithScenario';

function Subscriptions() {
  const { api, session } = useGiftKit();
  const [text, setText] = useState('…');
  useEffect(() => {
    api.listSubscriptions().then(
      (subs) => setText(`${session?.customerId ?? 'nobody'}: ${subs.length} subscriptions`),
      (e: { code: string }) => setText(`error ${e.code}`),
    );
  }, [api, session]);
  return <p>{text}</p>;
}

afterAll(stopScenarioServer);

describe('renderWithScenario', () => {
  it.each(['memory', 'http'] as const)('serves a scenario %s, and follows the session', async (via) => {
    const r = renderWithScenario(<Subscriptions />, 'signedOut', { via });
    expect(await screen.findByText('error UNAUTHORIZED')).toBeInTheDocument();
    const customerId = seed.customers.gifter.id;
    r.signIn({ customerId });
    expect(await screen.findByText(new RegExp(`^${customerId}: \\d+ subscriptions$`))).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from './Alert/Alert';
import { Skeleton } from './Skeleton/Skeleton';
import { Spinner } from './Spinner/Spinner';
import { Stepper } from './Stepper/Stepper';
import { renderInGiftKit } from './testing';

describe('Alert', () => {
  it('interrupts only for danger (role=alert); others are polite (role=status)', () => {
    renderInGiftKit(
      <>
        <Alert variant="danger">Payment declined.</Alert>
        <Alert variant="success">Gift sent.</Alert>
        <Alert>Heads up.</Alert>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Error: Payment declined.');
    expect(alert).toHaveAttribute('data-variant', 'danger');
    expect(alert).toHaveClass('gk-alert');
    const statuses = screen.getAllByRole('status');
    expect(statuses.map((s) => s.getAttribute('data-variant'))).toEqual(['success', 'info']);
    expect(statuses[0]).toHaveTextContent('Success: Gift sent.');
  });

  it('offers one action (Retry by default)', async () => {
    const user = userEvent.setup({ delay: null });
    const onAction = vi.fn();
    renderInGiftKit(
      <Alert variant="danger" title="Offline" onAction={onAction}>
        We could not reach the service.
      </Alert>,
    );
    expect(screen.getByText('Offline')).toHaveClass('gk-alertTitle');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('is localised', async () => {
    renderInGiftKit(
      <Alert variant="warning" onAction={() => undefined}>
        Attention
      </Alert>,
      { locale: 'de' },
    );
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Warnung: Attention');
  });
});

describe('Spinner and Skeleton', () => {
  it('Spinner is a status with the loading label', () => {
    renderInGiftKit(<Spinner />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('status')).toHaveClass('gk-spinner');
  });
  it('Spinner can name what loads, or be decorative', () => {
    renderInGiftKit(
      <>
        <Spinner label="Checking your code…" showLabel />
        <Spinner decorative />
      </>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByText('Checking your code…')).toBeVisible();
  });
  it('Skeleton draws lines hidden from AT and announces loading in the viewer’s language', async () => {
    const { container } = renderInGiftKit(<Skeleton lines={3} />, { locale: 'es' });
    expect(container.querySelectorAll('.gk-skeleton [aria-hidden="true"]')).toHaveLength(3);
    expect(await screen.findByText('Cargando…')).toBeInTheDocument();
  });
  it('decorative Skeleton is silent', () => {
    renderInGiftKit(<Skeleton decorative />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('Stepper', () => {
  const steps = [
    { id: 'details', label: 'Details' },
    { id: 'pay', label: 'Payment' },
    { id: 'done', label: 'Confirmation' },
  ];
  it('is an ordered list with the current step marked, completed steps said in words', () => {
    renderInGiftKit(<Stepper steps={steps} current="pay" />);
    const list = screen.getByRole('list', { name: 'Progress' });
    expect(list.tagName).toBe('OL');
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Details, completed');
    expect(items[0]).toHaveAttribute('data-state', 'complete');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('Payment, current step');
    expect(items[2]).not.toHaveAttribute('aria-current');
    expect(items[2]).toHaveAttribute('data-state', 'upcoming');
  });
  it('takes an index and speaks French', async () => {
    renderInGiftKit(<Stepper steps={steps} current={2} />, { locale: 'fr' });
    expect(await screen.findByRole('list', { name: 'Progression' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Payment, terminée');
  });
});

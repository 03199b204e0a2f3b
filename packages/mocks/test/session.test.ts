import { describe, expect, it } from 'vitest';
import { bearerToken, createPlatform, createSessionToken, readSessionToken, seed } from '../src';

const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('session tokens', () => {
  it('are unsigned JWT-shaped strings with customerId, email and role', () => {
    const token = createSessionToken(seed.customers.operator.id);
    const [header = '', payload = '', signature] = token.split('.');
    expect(decode(header)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(decode(payload)).toEqual({ customerId: 'op_olivia', email: 'olivia.operator@giftkit.test', role: 'operator' });
    expect(signature).toBe('simulated');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(readSessionToken(createSessionToken('cus_new', { email: 'Zoë@exämple.com' }))).toEqual({ customerId: 'cus_new', email: 'Zoë@exämple.com', role: 'customer' });
  });

  it('reads only what looks like one of ours', () => {
    for (const bad of [null, '', 'abc', 'a.b.c', `x.${Buffer.from('[1]').toString('base64url')}.y`, `x.${Buffer.from('{"customerId":""}').toString('base64url')}.y`]) {
      expect(readSessionToken(bad)).toBeNull();
    }
    expect(readSessionToken(`x.${Buffer.from('{"customerId":42}').toString('base64url')}.y`)?.customerId).toBe('42');
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic xyz')).toBeNull();
  });

  it('are checked by the platform: known customer, not revoked, not expired; the role comes from the platform', () => {
    const platform = createPlatform();
    expect(platform.authenticate(createSessionToken(seed.customers.gifter.id)).id).toBe(seed.customers.gifter.id);
    const forged = createSessionToken(seed.customers.gifter.id, { role: 'operator' });
    expect(platform.authenticate(forged).role).toBe('customer');
    expect(() => platform.authenticate(createSessionToken('cus_ghost'))).toThrow(/not valid/);
    const short = platform.sessionToken(seed.customers.gifter.id, { expiresIn: 10 });
    platform.advanceBy(10);
    expect(() => platform.authenticate(short)).toThrow(/expired/);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

describe('TRUST_PROXY', () => {
  const trustProxy = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

  it('trusts no proxy unless told to', () => {
    expect(trustProxy()).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('false')).toBe(false);
  });

  it("accepts what Express's trust proxy setting accepts", () => {
    expect(trustProxy('loopback')).toEqual(['loopback']);
    expect(trustProxy('loopback, 10.0.0.0/8, 192.168.1.1, fd00::/8, 172.16.0.0/255.240.0.0')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.1',
      'fd00::/8',
      '172.16.0.0/255.240.0.0',
    ]);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('true')).toBe(true);
  });

  it('stops start-up on a value Express would misread', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.example.se', '10.0.0.0/255.0.255.0', ',']) {
      expect(() => trustProxy(bad)).toThrow(ConfigError);
    }
    expect(() => trustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY: not an address.*10\.0\.0\.0\/33/);
  });

  it('reads the sign-in throttling rules, with their defaults', () => {
    expect(loadConfig({}).loginThrottle.account).toEqual({
      freeFailures: 5,
      firstDelayMs: 1000,
      maxDelayMs: 900_000,
      windowMs: 86_400_000,
    });
    expect(loadConfig({ LOGIN_THROTTLE_ADDRESS: '3:60:60:3600' }).loginThrottle.address.freeFailures).toBe(3);
    expect(() => loadConfig({ LOGIN_THROTTLE_ACCOUNT: 'five' })).toThrow(/LOGIN_THROTTLE_ACCOUNT: must be/);
  });
});

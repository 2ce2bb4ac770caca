import { clientNetworkKey } from './client-address';

describe('clientNetworkKey', () => {
  it('keeps IPv4 addresses as they are', () => {
    expect(clientNetworkKey('192.0.2.17')).toBe('192.0.2.17');
  });

  it('counts IPv4-mapped IPv6 addresses as IPv4', () => {
    expect(clientNetworkKey('::ffff:192.0.2.17')).toBe('192.0.2.17');
    expect(clientNetworkKey('::FFFF:c000:0211')).toBe('192.0.2.17');
  });

  it('groups IPv6 clients by their /64 network', () => {
    const a = clientNetworkKey('2001:db8:abcd:12:1::1');
    const b = clientNetworkKey('2001:0db8:abcd:0012:ffff:ffff:ffff:fffe');
    const c = clientNetworkKey('2001:db8:abcd:13::1');
    expect(a).toBe('2001:db8:abcd:12::/64');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('handles compressed forms, zone ids and brackets', () => {
    expect(clientNetworkKey('::1')).toBe('0:0:0:0::/64');
    expect(clientNetworkKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetworkKey('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
  });

  it('puts anything that is not an address under one key', () => {
    expect(clientNetworkKey(undefined)).toBe('unknown');
    expect(clientNetworkKey('')).toBe('unknown');
    expect(clientNetworkKey('not-an-ip')).toBe('unknown');
  });
});

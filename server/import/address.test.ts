import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { forbiddenAddressReason, isPublicAddress, parseIPv4, parseIPv6 } from "./address";

describe("address parsing", () => {
  it.each([
    ["0.0.0.0", 0],
    ["127.0.0.1", 0x7f000001],
    ["255.255.255.255", 0xffffffff],
  ])("reads %s as a 32-bit number", (text, value) => {
    expect(parseIPv4(text)).toBe(value);
  });

  it.each(["256.0.0.1", "1.2.3", "1.2.3.4.5", "01234.1.1.1", "a.b.c.d", "", " 1.2.3.4", "0x7f.0.0.1"])("refuses %j as dotted IPv4", (text) => {
    expect(parseIPv4(text)).toBeNull();
  });

  it.each([
    ["::", [0, 0, 0, 0, 0, 0, 0, 0]],
    ["::1", [0, 0, 0, 0, 0, 0, 0, 1]],
    ["fe80::1%eth0", [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
    ["::ffff:127.0.0.1", [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ["2001:db8:0:0:1:0:0:1", [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]],
    ["1::", [1, 0, 0, 0, 0, 0, 0, 0]],
  ])("reads %s as eight groups", (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });

  it.each(["1:2:3:4:5:6:7", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "::1.2.3"])("refuses %j as IPv6", (text) => {
    expect(parseIPv6(text)).toBeNull();
  });
});

describe("which addresses an import may connect to", () => {
  it.each([
    ["0.0.0.0", "this network"],
    ["0.1.2.3", "this network"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["100.64.0.1", "carrier-grade"],
    ["100.100.100.200", "carrier-grade"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.169.254", "cloud metadata"],
    ["169.254.1.1", "link-local"],
    ["168.63.129.16", "Azure"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.0.0.192", "IETF"],
    ["192.0.2.10", "documentation"],
    ["192.88.99.1", "6to4 relay"],
    ["192.168.1.1", "private"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
  ])("refuses IPv4 %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toContain(reason);
  });

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::127.0.0.1", "IPv4-compatible"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fd00:ec2::254", "unique local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["2001::1", "IETF"],
    ["100::1", "discard"],
    ["64:ff9b:1::a00:1", "local-use NAT64"],
    ["4000::1", "outside global unicast"],
  ])("refuses IPv6 %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toContain(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1 inside IPv6, loopback"],
    ["::ffff:7f00:1", "127.0.0.1 inside IPv6, loopback"],
    ["::FFFF:7F00:0001", "127.0.0.1 inside IPv6, loopback"],
    ["0:0:0:0:0:ffff:a9fe:a9fe", "169.254.169.254 inside IPv6, the cloud metadata"],
    ["::ffff:10.1.2.3", "10.1.2.3 inside IPv6, a private network"],
    ["::ffff:c0a8:101", "192.168.1.1 inside IPv6, a private network"],
    ["64:ff9b::7f00:1", "127.0.0.1 inside IPv6, loopback"],
    ["64:ff9b::192.168.0.1", "192.168.0.1 inside IPv6, a private network"],
    ["2002:7f00:1::1", "127.0.0.1 inside IPv6, loopback"],
    ["2002:a9fe:a9fe::", "169.254.169.254 inside IPv6"],
    ["2002:c0a8:0101::1", "192.168.1.1 inside IPv6"],
  ])("judges the IPv4 inside %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toContain(reason);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "192.167.255.255", "198.17.255.255", "198.20.0.1", "223.255.255.255", "169.253.255.255"])(
    "allows public IPv4 %s",
    (address) => {
      expect(forbiddenAddressReason(address)).toBeNull();
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it.each(["2606:4700:4700::1111", "2a00:1450:4001:81c::200e", "2001:4860:4860::8888", "::ffff:8.8.8.8", "::ffff:808:808", "64:ff9b::808:808", "2002:808:808::1"])("allows public IPv6 %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });

  it.each(["localhost", "example.com", "", "1.2.3.4.5", "::1::", "2130706433", "0x7f000001"])("refuses %j, which is not an IP address", (address) => {
    expect(forbiddenAddressReason(address)).toBe("not an IP address");
  });

  it("agrees with node:net on what parses as an address", () => {
    for (const text of ["1.2.3.4", "::1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1.2.3", "::1.2.3"]) {
      const parsed = parseIPv4(text) !== null || parseIPv6(text) !== null;
      expect(parsed, text).toBe(isIP(text) !== 0);
    }
  });
});

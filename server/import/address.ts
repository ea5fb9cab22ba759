/**
 * Which IP addresses a server-side fetch may connect to: only globally reachable unicast ones.
 * Pure (no DNS, no I/O), so the import's connector can check the exact address it is about to
 * dial. IPv4 embedded in IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is
 * judged as the IPv4 address it carries.
 */

type Range4 = { base: number; bits: number; name: string };
type Range6 = { groups: number[]; bits: number; name: string };

const v4 = (cidr: string, name: string): Range4 => {
  const [address, bits] = cidr.split("/");
  return { base: parseIPv4(address ?? "") as number, bits: Number(bits), name };
};
const v6 = (cidr: string, name: string): Range6 => {
  const [address, bits] = cidr.split("/");
  return { groups: parseIPv6(address ?? "") as number[], bits: Number(bits), name };
};

// IANA's special-purpose registries: every block that is not globally reachable, and a few
// well-known cloud endpoints that are (Azure's host address sits in public space).
const FORBIDDEN_V4: Range4[] = [
  v4("169.254.169.254/32", "the cloud metadata address 169.254.169.254"),
  v4("168.63.129.16/32", "the Azure platform address 168.63.129.16"),
  v4("255.255.255.255/32", "the broadcast address"),
  v4("0.0.0.0/8", "“this network” (0.0.0.0/8)"),
  v4("10.0.0.0/8", "a private network (10.0.0.0/8)"),
  v4("100.64.0.0/10", "shared carrier-grade NAT space (100.64.0.0/10)"),
  v4("127.0.0.0/8", "loopback (127.0.0.0/8)"),
  v4("169.254.0.0/16", "link-local (169.254.0.0/16)"),
  v4("172.16.0.0/12", "a private network (172.16.0.0/12)"),
  v4("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
  v4("192.0.2.0/24", "documentation (192.0.2.0/24)"),
  v4("192.88.99.0/24", "the 6to4 relay anycast (192.88.99.0/24)"),
  v4("192.168.0.0/16", "a private network (192.168.0.0/16)"),
  v4("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
  v4("198.51.100.0/24", "documentation (198.51.100.0/24)"),
  v4("203.0.113.0/24", "documentation (203.0.113.0/24)"),
  v4("224.0.0.0/4", "multicast (224.0.0.0/4)"),
  v4("240.0.0.0/4", "reserved (240.0.0.0/4)"),
];

const FORBIDDEN_V6: Range6[] = [
  v6("::/128", "the unspecified address (::)"),
  v6("::1/128", "loopback (::1)"),
  v6("::/96", "IPv4-compatible IPv6 (::/96, deprecated)"),
  v6("64:ff9b:1::/48", "local-use NAT64 (64:ff9b:1::/48)"),
  v6("100::/64", "discard-only (100::/64)"),
  v6("2001::/23", "IETF protocol assignments (2001::/23)"),
  v6("2001:db8::/32", "documentation (2001:db8::/32)"),
  v6("3fff::/20", "documentation (3fff::/20)"),
  v6("fc00::/7", "unique local (fc00::/7)"),
  v6("fe80::/10", "link-local (fe80::/10)"),
  v6("fec0::/10", "site-local (fec0::/10, deprecated)"),
  v6("ff00::/8", "multicast (ff00::/8)"),
];

const MAPPED = v6("::ffff:0:0/96", "IPv4-mapped");
const NAT64 = v6("64:ff9b::/96", "NAT64");
const SIX_TO_FOUR = v6("2002::/16", "6to4");
const GLOBAL_UNICAST = v6("2000::/3", "global unicast");

/** A dotted-decimal IPv4 address as an unsigned 32-bit number, or null when it is not one. */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** An IPv6 address (with ::, a dotted IPv4 tail, a zone id) as eight 16-bit groups, or null. */
export function parseIPv6(text: string): number[] | null {
  const zone = text.indexOf("%");
  const address = zone === -1 ? text : text.slice(0, zone);
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const tail = parseIPv4(piece);
        if (tail === null) return null;
        out.push(tail >>> 16, tail & 0xffff);
      } else if (/^[\da-f]{1,4}$/i.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function inRange4(address: number, range: Range4): boolean {
  if (range.bits === 0) return true;
  const shift = 32 - range.bits;
  return address >>> shift === range.base >>> shift;
}

function inRange6(groups: number[], range: Range6): boolean {
  let bits = range.bits;
  for (let i = 0; bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((groups[i] as number) & mask) !== ((range.groups[i] as number) & mask)) return false;
  }
  return true;
}

function forbiddenV4(address: number): string | null {
  return FORBIDDEN_V4.find((r) => inRange4(address, r))?.name ?? null;
}

const embedded = (high: number, low: number) => ((high << 16) >>> 0) + low;
const dotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

function forbiddenV6(groups: number[]): string | null {
  const carried = inRange6(groups, MAPPED) || inRange6(groups, NAT64) ? embedded(groups[6] as number, groups[7] as number) : inRange6(groups, SIX_TO_FOUR) ? embedded(groups[1] as number, groups[2] as number) : null;
  if (carried !== null) {
    const reason = forbiddenV4(carried);
    return reason === null ? null : `${dotted(carried)} inside IPv6, ${reason}`;
  }
  const named = FORBIDDEN_V6.find((r) => inRange6(groups, r));
  if (named) return named.name;
  return inRange6(groups, GLOBAL_UNICAST) ? null : "outside global unicast space (2000::/3)";
}

/**
 * Why an address must not be connected to ("loopback (127.0.0.0/8)"), or null when it is a
 * globally reachable unicast address. Anything that does not parse as an IP is refused.
 */
export function forbiddenAddressReason(address: string): string | null {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const four = parseIPv4(bare);
  if (four !== null) return forbiddenV4(four);
  const six = parseIPv6(bare);
  if (six !== null) return forbiddenV6(six);
  return "not an IP address";
}

/** Whether a server-side fetch may connect to this address. */
export function isPublicAddress(address: string): boolean {
  return forbiddenAddressReason(address) === null;
}

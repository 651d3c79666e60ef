import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, networkKey } from "@/lib/security/client-address";

const proxy = { trustProxy: true, hops: 1 };

describe("the client's address", () => {
  it("is the socket's peer unless a proxy is trusted, whatever the request claims", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.7", { trustProxy: false, hops: 1 })).toBe("198.51.100.7");
    expect(clientAddress(undefined, "::ffff:198.51.100.7", { trustProxy: false, hops: 1 })).toBe("198.51.100.7");
  });

  it("behind a trusted proxy is the entry that proxy appended, not one the client wrote", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    expect(clientAddress("1.2.3.4, 203.0.113.9", "10.0.0.2", proxy)).toBe("203.0.113.9");
    expect(clientAddress(["1.2.3.4", "203.0.113.9"], "10.0.0.2", proxy)).toBe("203.0.113.9");
    // Two trusted proxies: the second from the right.
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.5", "10.0.0.2", { trustProxy: true, hops: 2 })).toBe("203.0.113.9");
    // Not through the proxy at all, or nonsense in the header: the peer.
    expect(clientAddress(undefined, "10.0.0.2", proxy)).toBe("10.0.0.2");
    expect(clientAddress("not-an-address", "10.0.0.2", proxy)).toBe("10.0.0.2");
  });

  it("is counted by /64 for IPv6", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey(undefined)).toBe("unknown");
  });

  it("belongs to a network: an IPv6 /48 (whose 65,536 /64s are one site's), an IPv4 /24", () => {
    expect(networkKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1::/48");
    expect(networkKey("2001:db8:1:ffff::1")).toBe("2001:db8:1::/48");
    expect(networkKey("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(networkKey("203.0.113.9")).toBe("203.0.113.0/24");
    expect(networkKey(undefined)).toBe("unknown");
  });
});

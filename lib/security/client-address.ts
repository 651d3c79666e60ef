// The client's address, for rate limits and the audit. Behind a trusted reverse proxy the address
// is the one that proxy added to X-Forwarded-For: the right-most entry (or, behind a chain of N
// trusted proxies, the N-th from the right). Entries further left were written by the client and
// prove nothing. Without a trusted proxy it is the socket's peer.

export type ProxyTrust = { trustProxy: boolean; hops: number };

export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trust: ProxyTrust): string | undefined {
  const peer = normalise(socketAddress);
  if (!trust.trustProxy) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = header.split(",").map((e) => e.trim()).filter(Boolean);
  // Fewer entries than trusted hops: the request did not come through the whole chain.
  const added = entries[entries.length - Math.max(1, trust.hops)];
  return normalise(added) ?? peer;
}

/** "::ffff:192.0.2.1" is the IPv4 address 192.0.2.1; anything that is not an address is dropped. */
function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const a = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) return mapped[1];
  if (/^\d+\.\d+\.\d+\.\d+$/.test(a) || /^[0-9a-f:]+$/i.test(a)) return a.toLowerCase();
  return undefined;
}

/**
 * The wider network an address belongs to: an IPv6 /48 (one site's allocation: 65,536 /64s), an
 * IPv4 /24. For caps that the per-address key alone would not hold.
 */
export function networkKey(address: string | undefined): string {
  const key = addressKey(address);
  if (key.endsWith("::/64")) return `${key.split(":").slice(0, 3).join(":")}::/48`;
  return /^\d+\.\d+\.\d+\.\d+$/.test(key) ? key.replace(/\.\d+$/, ".0/24") : key;
}

/**
 * The key an address is counted under: an IPv4 address itself, an IPv6 address by its /64 — one
 * household or office gets a whole /64 and can change the rest at will.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return "unknown";
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g || "0", 16).toString(16)).join(":")}::/64`;
}

// Quota proposal: largest-remainder (Hamilton) apportionment of the elected seats among the
// grassroots units by party-member count, at least one seat each. Ex-officio seats are counted
// apart: the total given here is the elected seats only.

export type ApportionUnit = { unitId: string; members: number };
export type Apportionment = { unitId: string; seats: number }[];

export class ApportionmentError extends Error {}

export function apportionSeats(units: ApportionUnit[], total: number): Apportionment {
  if (!Number.isInteger(total) || total < 0) throw new ApportionmentError("total must be a whole number");
  if (units.length === 0) return [];
  if (total < units.length) throw new ApportionmentError("fewer seats than units: each unit needs at least one");
  // Every unit gets its guaranteed seat; the rest are shared in proportion to the members.
  const rest = total - units.length;
  const members = units.reduce((n, u) => n + Math.max(0, u.members), 0);
  const shares = units.map((u, index) => {
    const exact = members > 0 ? (Math.max(0, u.members) * rest) / members : rest / units.length;
    return { index, unitId: u.unitId, floor: Math.floor(exact), remainder: exact - Math.floor(exact), members: u.members };
  });
  let left = rest - shares.reduce((n, s) => n + s.floor, 0);
  // Largest remainders first; ties go to the larger unit, then to list order, so it is stable.
  const order = [...shares].sort((a, b) => b.remainder - a.remainder || b.members - a.members || a.index - b.index);
  for (const s of order) {
    if (left <= 0) break;
    s.floor += 1;
    left -= 1;
  }
  return shares.map((s) => ({ unitId: s.unitId, seats: 1 + s.floor }));
}

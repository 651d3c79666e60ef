import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { load } from "@/lib/auth/load";
import { listDistrictCongresses } from "@/lib/congresses/data";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getDistrict, getProvince, listDistrictUnits, listVisibleDistricts } from "@/lib/units/data";
import { createRoleUsers, createWorld, type World } from "@/prisma/seed/factories";

const db = getDb();
let world: World;
const actors = {} as Record<string, Actor>;

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
});

describe("reads are scoped to the caller's places in the query itself", () => {
  it("a district organizer reads its district and gets 404 for any other", async () => {
    const organizer = actors.DISTRICT_ORGANIZER!;
    expect((await getDistrict(organizer, world.district.id)).id).toBe(world.district.id);
    expect(await listDistrictUnits(organizer, world.district.id)).toHaveLength(3);
    await expect(getDistrict(organizer, world.sameProvinceDistrict.id)).rejects.toThrow(NotFoundError);
    await expect(getDistrict(organizer, world.otherProvinceDistrict.id)).rejects.toThrow(NotFoundError);
    await expect(getProvince(organizer, world.province.id)).rejects.toThrow(NotFoundError);
    await expect(load(organizer, "congress", world.sameProvinceDistrict.congressId, "district.read")).rejects.toThrow(NotFoundError);
    await expect(load(organizer, "congress", world.otherProvinceDistrict.congressId, "district.read")).rejects.toThrow(NotFoundError);
    expect(await listDistrictUnits(organizer, world.sameProvinceDistrict.id)).toEqual([]);
    expect(await listDistrictCongresses(organizer, world.sameProvinceDistrict.id)).toEqual([]);
  });

  it("a province overseer reads every district of its province and nothing beyond", async () => {
    const overseer = actors.PROVINCE_OVERSEER!;
    expect((await getProvince(overseer, world.province.id)).provinceUnits.map((d) => d.id).sort()).toEqual(
      [world.district.id, world.sameProvinceDistrict.id].sort(),
    );
    expect((await getDistrict(overseer, world.sameProvinceDistrict.id)).id).toBe(world.sameProvinceDistrict.id);
    await expect(getDistrict(overseer, world.otherProvinceDistrict.id)).rejects.toThrow(NotFoundError);
    await expect(getProvince(overseer, world.otherProvince.id)).rejects.toThrow(NotFoundError);
    const nav = await listVisibleDistricts(overseer);
    expect(nav.map((p) => p.id)).toEqual([world.province.id]);
    expect(nav[0]!.canOpen).toBe(true);
  });

  it("a viewer, member and lead see their own district only", async () => {
    for (const role of ["VIEWER", "MEMBER", "SUBCOMMITTEE_LEAD"]) {
      const nav = await listVisibleDistricts(actors[role]!);
      expect(nav).toHaveLength(1);
      expect(nav[0]!.districts.map((d) => d.id)).toEqual([world.district.id]);
      expect(nav[0]!.canOpen).toBe(false);
    }
  });

  it("the admin sees all of them", async () => {
    const nav = await listVisibleDistricts(actors.ADMIN!);
    const ids = nav.flatMap((p) => p.districts.map((d) => d.id));
    expect(ids).toEqual(expect.arrayContaining([world.district.id, world.sameProvinceDistrict.id, world.otherProvinceDistrict.id]));
    expect((await getDistrict(actors.ADMIN!, world.otherProvinceDistrict.id)).id).toBe(world.otherProvinceDistrict.id);
  });
});

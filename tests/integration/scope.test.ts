import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { load } from "@/lib/auth/load";
import { listOrganisationCongresses } from "@/lib/congresses/data";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getOrganisation, getProvince, listOrganisationUnits, listVisibleOrganisations } from "@/lib/units/data";
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
  it("an organisation organizer reads its organisation and gets 404 for any other", async () => {
    const organizer = actors.ORGANIZER!;
    expect((await getOrganisation(organizer, world.organisation.id)).id).toBe(world.organisation.id);
    expect(await listOrganisationUnits(organizer, world.organisation)).toHaveLength(3);
    await expect(getOrganisation(organizer, world.sameProvinceOrganisation.id)).rejects.toThrow(NotFoundError);
    await expect(getOrganisation(organizer, world.otherProvinceOrganisation.id)).rejects.toThrow(NotFoundError);
    await expect(getProvince(organizer, world.province.id)).rejects.toThrow(NotFoundError);
    await expect(load(organizer, "congress", world.sameProvinceOrganisation.congressId, "organisation.read")).rejects.toThrow(NotFoundError);
    await expect(load(organizer, "congress", world.otherProvinceOrganisation.congressId, "organisation.read")).rejects.toThrow(NotFoundError);
    expect(await listOrganisationUnits(organizer, world.sameProvinceOrganisation)).toEqual([]);
    expect(await listOrganisationCongresses(organizer, world.sameProvinceOrganisation.id)).toEqual([]);
  });

  it("a province overseer reads every organisation of its province and nothing beyond", async () => {
    const overseer = actors.PROVINCE_OVERSEER!;
    expect((await getProvince(overseer, world.province.id)).provinceUnits.map((d) => d.id).sort()).toEqual(
      [world.organisation.id, world.sameProvinceOrganisation.id].sort(),
    );
    expect((await getOrganisation(overseer, world.sameProvinceOrganisation.id)).id).toBe(world.sameProvinceOrganisation.id);
    await expect(getOrganisation(overseer, world.otherProvinceOrganisation.id)).rejects.toThrow(NotFoundError);
    await expect(getProvince(overseer, world.otherProvince.id)).rejects.toThrow(NotFoundError);
    const nav = await listVisibleOrganisations(overseer);
    expect(nav.map((p) => p.id)).toEqual([world.province.id]);
    expect(nav[0]!.canOpen).toBe(true);
  });

  it("a viewer, member and lead see their own organisation only", async () => {
    for (const role of ["VIEWER", "MEMBER", "SUBCOMMITTEE_LEAD"]) {
      const nav = await listVisibleOrganisations(actors[role]!);
      expect(nav).toHaveLength(1);
      expect(nav[0]!.organisations.map((d) => d.id)).toEqual([world.organisation.id]);
      expect(nav[0]!.canOpen).toBe(false);
    }
  });

  it("the admin sees all of them", async () => {
    const nav = await listVisibleOrganisations(actors.ADMIN!);
    const ids = nav.flatMap((p) => p.organisations.map((d) => d.id));
    expect(ids).toEqual(expect.arrayContaining([world.organisation.id, world.sameProvinceOrganisation.id, world.otherProvinceOrganisation.id]));
    expect((await getOrganisation(actors.ADMIN!, world.otherProvinceOrganisation.id)).id).toBe(world.otherProvinceOrganisation.id);
  });
});

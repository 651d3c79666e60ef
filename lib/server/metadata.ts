import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "../i18n/server";
import { cache } from "react";
import { type Actor, scopeWhere } from "../auth/access";
import { loadForRender, orNullIfRefused } from "../auth/load";
import { getActor } from "../auth/session";
import { toRoman } from "../congresses/roman";
import { db } from "../db/client";
import { isUuid } from "./page";

// Page titles that name the page and its place: "Đơn vị: Đảng bộ xã Mường Khoa · Tân Uyên",
// "Nhiệm vụ · Đại hội lần thứ XXII · Tân Uyên". Every name is read with the caller's scope in the
// query: a place or record they may not see gives the page's plain title, never its name.

const titled = (...parts: (string | null | undefined)[]): Metadata => ({ title: parts.filter(Boolean).join(" · ") });

/** The record if the caller may read it (the row shared with the page's own load), else null. */
async function readableRecord<K extends "province" | "organisation" | "unit" | "congress">(kind: K, id: string) {
  const actor = await getActor();
  if (!actor || !isUuid(id)) return null;
  return orNullIfRefused(loadForRender(actor, kind, id, "organisation.read"));
}

const readable = cache(async (kind: "province" | "organisation" | "unit", id: string): Promise<string | null> => (await readableRecord(kind, id))?.name ?? null);
const readableCongress = cache((congressId: string) => readableRecord("congress", congressId));

type RecordKind = "task" | "document" | "delegate";
/** A record's own name, read within the caller's scope and the congress. */
async function recordName(actor: Actor, kind: RecordKind, id: string, congressId: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const where = { id, congressId, ...scopeWhere(actor) };
  if (kind === "task") return (await db.task.findFirst({ where, select: { title: true } }))?.title ?? null;
  if (kind === "document") return (await db.congressDocument.findFirst({ where, select: { title: true } }))?.title ?? null;
  return (await db.delegate.findFirst({ where, select: { fullName: true } }))?.fullName ?? null;
}

/** A page of an organisation: "Nhật ký thay đổi · Tân Uyên"; with a record: "Đơn vị: Xã Mường Khoa · Tân Uyên". */
export async function organisationTitle(organisationId: string, page: string, unitId?: string): Promise<Metadata> {
  const organisation = await readable("organisation", organisationId);
  if (!organisation) return titled(page);
  const unit = unitId ? await readable("unit", unitId) : null;
  return titled(unit ? (await getTranslations("meta"))("named", { label: page, name: unit }) : page, organisation);
}

/** A province's page: "Tổng quan tỉnh · Lai Châu". */
export async function provinceTitle(provinceId: string, page: string): Promise<Metadata> {
  return titled(page, await readable("province", provinceId));
}

/** A congress section, or one record in it: "Nhiệm vụ: Lập kế hoạch · Đại hội lần thứ XXII · Tân Uyên". */
export async function congressTitle(params: Promise<{ organisationId: string; congressId: string }>, page: string, record?: { kind: RecordKind; id: string }): Promise<Metadata> {
  const { organisationId, congressId } = await params;
  const [actor, congress] = await Promise.all([getActor(), readableCongress(congressId)]);
  if (!actor || !congress || congress.organisationId !== organisationId) return titled(page);
  const t = await getTranslations();
  const name = record ? await recordName(actor, record.kind, record.id, congress.id) : null;
  const where = t("congress.title", { ordinal: toRoman(congress.ordinal) });
  const organisation = await readable("organisation", organisationId);
  return titled(name ? t("meta.named", { label: page, name }) : page, where, congress.isOrganisationCongress ? organisation : [congress.unitName, organisation].filter(Boolean).join(", "));
}

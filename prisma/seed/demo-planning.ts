// Loads the demo planning (demo-planning-data.ts) idempotently: every record is looked up by its
// natural key (sub-committee name, member name or account, standard milestone, task title,
// standard document) and created only when missing, so a second run changes nothing.
import { createHash } from "node:crypto";
import { DOCUMENT_FLOW, STEP_DATE_FIELD } from "../../lib/documents/flow";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { standardCalendar } from "../../lib/milestones/calendar";
import { defaultName } from "../../lib/planning/default-names";
import { DEMO_PLANNING, type PlanningSpec } from "./demo-planning-data";
import { nextTermPlanning } from "./demo-next-term";
import { personName } from "./names";
import { createRandom } from "./random";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const hashCode = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 11);

/** A one-page PDF with a line of ASCII text: enough for the demo's file versions. */
export function demoPdf(text: string): Uint8Array<ArrayBuffer> {
  const stream = `BT /F1 18 Tf 72 760 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function seedOrganisationPlanning(db: PrismaClient, spec: PlanningSpec, accounts: Map<string, { id: string; name: string }>) {
  const random = createRandom(hashCode(spec.organisation));
  const organisation = await db.unit.findUniqueOrThrow({ where: { code: spec.organisation }, select: { id: true, provinceId: true } });
  const congress = await db.congress.findUniqueOrThrow({ where: { unitId_termStart: { unitId: organisation.id, termStart: spec.termStart } }, select: { id: true, plannedOpening: true, status: true } });
  // A congress already held has closed its preparation: what the plan left open is done.
  const held = congress.status === "HELD";
  const place = { provinceId: organisation.provinceId, organisationId: organisation.id };
  const congressId = congress.id;
  const account = (email: string) => {
    const a = accounts.get(email);
    if (!a) throw new Error(`no demo account ${email}`);
    return a;
  };

  const subIds = new Map<string, string>();
  for (const s of spec.subCommittees) {
    const name = defaultName.subCommittee(s.kind);
    const sub =
      (await db.subCommittee.findUnique({ where: { congressId_name: { congressId, name } }, select: { id: true } })) ??
      (await db.subCommittee.create({ data: { congressId, ...place, kind: s.kind, name, decisionNumber: s.decision, decisionDate: day(s.decidedOn) }, select: { id: true } }));
    subIds.set(s.kind, sub.id);
    for (const m of s.members) {
      const user = m.account ? account(m.account) : null;
      const fullName = user?.name ?? m.name ?? personName(random, random.chance(0.4) ? "FEMALE" : "MALE");
      const existing = await db.subCommitteeMember.findFirst({ where: { subCommitteeId: sub.id, ...(user ? { userId: user.id } : { fullName, userId: null }) }, select: { id: true } });
      if (!existing) await db.subCommitteeMember.create({ data: { subCommitteeId: sub.id, ...place, userId: user?.id ?? null, fullName, jobTitle: m.jobTitle ?? null, position: m.position } });
    }
  }

  const milestoneIds = new Map<string, string>();
  for (const { key, plannedOn } of standardCalendar(congress.plannedOpening!.toISOString().slice(0, 10))) {
    const done = plannedOn <= spec.doneUntil;
    const given = spec.milestones[key] ?? { plannedOn, status: done ? "DONE" : "PLANNED", doneOn: done ? plannedOn : undefined };
    const m = held ? { ...given, status: "DONE" as const, doneOn: given.doneOn ?? given.plannedOn } : given;
    const row =
      (await db.milestone.findUnique({ where: { congressId_standardKey: { congressId, standardKey: key } }, select: { id: true } })) ??
      (await db.milestone.create({
        data: { congressId, ...place, standardKey: key, name: defaultName.milestone(key), plannedOn: day(m.plannedOn), doneOn: m.doneOn ? day(m.doneOn) : null, status: m.status, reference: m.reference ?? null },
        select: { id: true },
      }));
    milestoneIds.set(key, row.id);
  }

  for (const t of spec.tasks) {
    if (await db.task.findFirst({ where: { congressId, title: t.title }, select: { id: true } })) continue;
    const task = await db.task.create({
      data: {
        congressId,
        ...place,
        title: t.title,
        description: t.description ?? null,
        subCommitteeId: subIds.get(t.sub) ?? null,
        milestoneId: t.milestone ? (milestoneIds.get(t.milestone) ?? null) : null,
        dueOn: day(t.dueOn),
        priority: t.priority ?? "NORMAL",
        status: held ? "DONE" : t.status,
        doneAt: held || t.status === "DONE" ? day(t.dueOn) : null,
        assignees: { create: (t.assignees ?? []).map((email) => ({ userId: account(email).id, ...place })) },
        events: { create: { ...place, kind: "created", at: day(spec.subCommittees[0]?.decidedOn ?? t.dueOn) } },
      },
      select: { id: true },
    });
    for (const c of t.comments ?? []) await db.taskComment.create({ data: { taskId: task.id, ...place, authorId: account(c.by).id, body: c.body } });
  }

  for (const [kind, d] of Object.entries(spec.documents) as [keyof PlanningSpec["documents"], NonNullable<PlanningSpec["documents"][keyof PlanningSpec["documents"]]>][]) {
    if (await db.congressDocument.findUnique({ where: { congressId_kind: { congressId, kind } }, select: { id: true } })) continue;
    const steps = Object.fromEntries(d.steps.map((on, i) => [STEP_DATE_FIELD[DOCUMENT_FLOW[i]!], day(on)]));
    const doc = await db.congressDocument.create({
      data: { congressId, ...place, kind, title: defaultName.document(kind), status: d.status, notes: d.notes ?? null, subCommitteeId: subIds.get(kind === "PERSONNEL_SCHEME" ? "PERSONNEL" : "DOCUMENTS") ?? null, ...steps },
      select: { id: true },
    });
    if (d.file) {
      const content = demoPdf(d.file);
      await db.documentVersion.create({
        data: { documentId: doc.id, ...place, number: 1, fileName: `${defaultName.document(kind)}.pdf`, contentType: "application/pdf", size: content.length, sha256: createHash("sha256").update(content).digest("hex"), content },
      });
    }
  }
}

/** Seeds the planning of every demo organisation and of Tân Uyên's next congress (dated from `today`); needs the demo accounts to exist. */
export async function seedDemoPlanning(db: PrismaClient, today: string): Promise<void> {
  const users = await db.user.findMany({ where: { email: { endsWith: "@daihoi.example" } }, select: { id: true, email: true, name: true } });
  const accounts = new Map(users.map((u) => [u.email, { id: u.id, name: u.name }]));
  for (const spec of [...DEMO_PLANNING, nextTermPlanning(today)]) await seedOrganisationPlanning(db, spec, accounts);
}

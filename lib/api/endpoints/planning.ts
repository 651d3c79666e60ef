import "server-only";
import { congressDashboard } from "../../dashboard/data";
import { vietnamDate } from "../../dates";
import { listDocuments } from "../../documents/data";
import { listMilestones } from "../../milestones/data";
import { listSubCommittees } from "../../subcommittees/data";
import { listTasks } from "../../tasks/data";
import { taskFilterSchema } from "../../tasks/schema";
import { defineEndpoint } from "../endpoint";
import { PAGING_NOTE, cursorAs, idPageResponse, pageQuery } from "../paging";
import { json, pageOf, ref } from "../schemas";
import { z } from "../../validation";

const page = z.object(pageQuery);
/** The keyset position a planning list's cursor carries: the last id seen. */
const afterOf = (cursor: unknown) => cursorAs(cursor, z.uuid());

export const listCongressSubCommittees = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/subcommittees",
  access: { right: "organisation.read", resource: { kind: "congress", param: "id" } },
  summary: "Sub-committees (tiểu ban) of a congress with their members",
  description: PAGING_NOTE,
  query: page,
  responses: { "200": { description: "Sub-committees, in creation order", content: pageOf("SubCommittee", "subCommittees") } },
  async handle({ actor, record: congress, query, request }) {
    return idPageResponse(request, "subCommittees", await listSubCommittees(actor, congress.id, { after: afterOf(query.cursor), take: query.limit }), query.limit);
  },
});

export const listCongressTasks = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/tasks",
  access: { right: "organisation.read", resource: { kind: "congress", param: "id" } },
  summary: "Tasks of a congress, with the same filters as the task list",
  description: `Filters: sub (sub-committee id), assignee (user id), status (TODO, IN_PROGRESS, BLOCKED, DONE), milestone (milestone id), overdue=1. ${PAGING_NOTE}`,
  query: taskFilterSchema.extend(pageQuery),
  responses: { "200": { description: "Tasks, in creation order", content: pageOf("Task", "tasks") } },
  async handle({ actor, record: congress, query, request }) {
    const { limit, cursor, ...filters } = query;
    return idPageResponse(request, "tasks", await listTasks(actor, congress.id, filters, vietnamDate(), { after: afterOf(cursor), take: limit }), limit);
  },
});

export const listCongressMilestones = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/milestones",
  access: { right: "organisation.read", resource: { kind: "congress", param: "id" } },
  summary: "The calendar of a congress: milestones with late computed against today in Vietnam",
  description: PAGING_NOTE,
  query: page,
  responses: { "200": { description: "Milestones, in creation order", content: pageOf("Milestone", "milestones") } },
  async handle({ actor, record: congress, query, request }) {
    return idPageResponse(request, "milestones", await listMilestones(actor, congress.id, vietnamDate(), { after: afterOf(query.cursor), take: query.limit }), query.limit);
  },
});

export const listCongressDocuments = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/documents",
  access: { right: "organisation.read", resource: { kind: "congress", param: "id" } },
  summary: "The documents register (văn kiện) of a congress, with the steps and file versions",
  description: PAGING_NOTE,
  query: page,
  responses: { "200": { description: "Documents, in creation order", content: pageOf("CongressDocument", "documents") } },
  async handle({ actor, record: congress, query, request }) {
    return idPageResponse(request, "documents", await listDocuments(actor, congress.id, { after: afterOf(query.cursor), take: query.limit }), query.limit);
  },
});

export const congressProgress = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/progress",
  access: { right: "organisation.read", resource: { kind: "congress", param: "id" } },
  summary: "The dashboard's figures: days to opening, milestones, tasks, documents, and the grassroots ratio (e.g. 47/47)",
  responses: { "200": { description: "Progress figures", content: json(ref("Progress")) } },
  async handle({ actor, record: congress }) {
    const { figures, bySubCommittee } = await congressDashboard(actor, congress.id, vietnamDate());
    return { ...figures, tasksBySubCommittee: bySubCommittee };
  },
});

import "server-only";
import { authorize } from "../../auth/access";
import type { Actor } from "../../auth/access";
import { congressDashboard } from "../../dashboard/data";
import { vietnamDate } from "../../dates";
import { listDocuments } from "../../documents/data";
import { listMilestones } from "../../milestones/data";
import { loadCongressRef, placeOf } from "../../planning/place";
import { listSubCommittees } from "../../subcommittees/data";
import { listTasks } from "../../tasks/data";
import { taskFilterSchema } from "../../tasks/schema";
import { defineEndpoint } from "../endpoint";
import { arrayOf, json, ref } from "../schemas";

/** The congress the path names, if the caller may read its district: 404 otherwise. */
async function readableCongress(actor: Actor, congressId: string) {
  const congress = await loadCongressRef(congressId);
  authorize(actor, "district.read", placeOf(congress));
  return congress;
}

export const listCongressSubCommittees = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/subcommittees",
  action: "district.read",
  summary: "Sub-committees (tiểu ban) of a congress with their members",
  responses: { "200": { description: "Sub-committees", content: arrayOf("SubCommittee", "subCommittees") } },
  async handle({ actor, params }) {
    const congress = await readableCongress(actor, params.id!);
    return { subCommittees: await listSubCommittees(actor, congress.id) };
  },
});

export const listCongressTasks = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/tasks",
  action: "district.read",
  summary: "Tasks of a congress, with the same filters as the task list",
  description: "Filters: sub (sub-committee id), assignee (user id), status (TODO, IN_PROGRESS, BLOCKED, DONE), milestone (milestone id), overdue=1.",
  query: taskFilterSchema,
  responses: { "200": { description: "Tasks, open first", content: arrayOf("Task", "tasks") } },
  async handle({ actor, params, query }) {
    const congress = await readableCongress(actor, params.id!);
    return { tasks: await listTasks(actor, congress.id, query) };
  },
});

export const listCongressMilestones = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/milestones",
  action: "district.read",
  summary: "The calendar of a congress: milestones with late computed against today in Vietnam",
  responses: { "200": { description: "Milestones by planned date", content: arrayOf("Milestone", "milestones") } },
  async handle({ actor, params }) {
    const congress = await readableCongress(actor, params.id!);
    return { milestones: await listMilestones(actor, congress.id) };
  },
});

export const listCongressDocuments = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/documents",
  action: "district.read",
  summary: "The documents register (văn kiện) of a congress, with the steps and file versions",
  responses: { "200": { description: "Documents", content: arrayOf("CongressDocument", "documents") } },
  async handle({ actor, params }) {
    const congress = await readableCongress(actor, params.id!);
    return { documents: await listDocuments(actor, congress.id) };
  },
});

export const congressProgress = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/progress",
  action: "district.read",
  summary: "The dashboard's figures: days to opening, milestones, tasks, documents, and the grassroots ratio (e.g. 47/47)",
  responses: { "200": { description: "Progress figures", content: json(ref("Progress")) } },
  async handle({ actor, params }) {
    const congress = await readableCongress(actor, params.id!);
    const { figures, bySubCommittee } = await congressDashboard(actor, congress.id, vietnamDate());
    return { ...figures, tasksBySubCommittee: bySubCommittee };
  },
});

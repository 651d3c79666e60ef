import "server-only";
import { congressDashboard } from "../../dashboard/data";
import { vietnamDate } from "../../dates";
import { listDocuments } from "../../documents/data";
import { listMilestones } from "../../milestones/data";
import { listSubCommittees } from "../../subcommittees/data";
import { listTasks } from "../../tasks/data";
import { taskFilterSchema } from "../../tasks/schema";
import { defineEndpoint } from "../endpoint";
import { arrayOf, json, ref } from "../schemas";

export const listCongressSubCommittees = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/subcommittees",
  access: { right: "district.read", resource: { kind: "congress", param: "id" } },
  summary: "Sub-committees (tiểu ban) of a congress with their members",
  responses: { "200": { description: "Sub-committees", content: arrayOf("SubCommittee", "subCommittees") } },
  async handle({ actor, record: congress }) {
    return { subCommittees: await listSubCommittees(actor, congress.id) };
  },
});

export const listCongressTasks = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/tasks",
  access: { right: "district.read", resource: { kind: "congress", param: "id" } },
  summary: "Tasks of a congress, with the same filters as the task list",
  description: "Filters: sub (sub-committee id), assignee (user id), status (TODO, IN_PROGRESS, BLOCKED, DONE), milestone (milestone id), overdue=1.",
  query: taskFilterSchema,
  responses: { "200": { description: "Tasks, open first", content: arrayOf("Task", "tasks") } },
  async handle({ actor, record: congress, query }) {
    return { tasks: await listTasks(actor, congress.id, query) };
  },
});

export const listCongressMilestones = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/milestones",
  access: { right: "district.read", resource: { kind: "congress", param: "id" } },
  summary: "The calendar of a congress: milestones with late computed against today in Vietnam",
  responses: { "200": { description: "Milestones by planned date", content: arrayOf("Milestone", "milestones") } },
  async handle({ actor, record: congress }) {
    return { milestones: await listMilestones(actor, congress.id) };
  },
});

export const listCongressDocuments = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/documents",
  access: { right: "district.read", resource: { kind: "congress", param: "id" } },
  summary: "The documents register (văn kiện) of a congress, with the steps and file versions",
  responses: { "200": { description: "Documents", content: arrayOf("CongressDocument", "documents") } },
  async handle({ actor, record: congress }) {
    return { documents: await listDocuments(actor, congress.id) };
  },
});

export const congressProgress = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/progress",
  access: { right: "district.read", resource: { kind: "congress", param: "id" } },
  summary: "The dashboard's figures: days to opening, milestones, tasks, documents, and the grassroots ratio (e.g. 47/47)",
  responses: { "200": { description: "Progress figures", content: json(ref("Progress")) } },
  async handle({ actor, record: congress }) {
    const { figures, bySubCommittee } = await congressDashboard(actor, congress.id, vietnamDate());
    return { ...figures, tasksBySubCommittee: bySubCommittee };
  },
});

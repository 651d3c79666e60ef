import { listCongressTasks } from "@/lib/api/endpoints/planning";

export const GET = listCongressTasks.handler;

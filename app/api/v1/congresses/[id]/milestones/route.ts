import { listCongressMilestones } from "@/lib/api/endpoints/planning";

export const GET = listCongressMilestones.handler;

import { listCongressSubCommittees } from "@/lib/api/endpoints/planning";

export const GET = listCongressSubCommittees.handler;

import { electionResults } from "@/lib/api/endpoints/elections";

export const GET = electionResults.handler;

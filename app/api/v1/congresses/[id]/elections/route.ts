import { listCongressElections } from "@/lib/api/endpoints/elections";

export const GET = listCongressElections.handler;

import { listUnits } from "@/lib/api/endpoints/places";

export const GET = listUnits.handler;

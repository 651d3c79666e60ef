import { listCongresses } from "@/lib/api/endpoints/places";

export const GET = listCongresses.handler;

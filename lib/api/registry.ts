import "server-only";
import type { Endpoint } from "./endpoint";
import { delegateComposition, exportDelegates, importDelegates } from "./endpoints/delegates";
import { electionDocuments, electionResults, listCongressElections } from "./endpoints/elections";
import { listCongresses, listUnits } from "./endpoints/places";
import { congressProgress, listCongressDocuments, listCongressMilestones, listCongressSubCommittees, listCongressTasks } from "./endpoints/planning";

/**
 * Every endpoint of /api/v1 with its method, path and required action: the OpenAPI document is
 * built from this list, and tests iterate it. An area adds its endpoints here and a route file
 * under app/api/v1 that exports `endpoint.handler` as the method.
 */
export const API_ENDPOINTS: readonly Endpoint[] = [
  listUnits,
  listCongresses,
  exportDelegates,
  importDelegates,
  delegateComposition,
  listCongressSubCommittees,
  listCongressTasks,
  listCongressMilestones,
  listCongressDocuments,
  congressProgress,
  listCongressElections,
  electionResults,
  electionDocuments,
];

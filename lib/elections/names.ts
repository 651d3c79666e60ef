// The usual name of an election, from the Vietnamese catalog: the name is data of a Vietnamese
// organisation, whatever the language of the person who created it.
import vi from "../../messages/vi/elections.json" with { type: "json" };
import type { ElectionKind } from "./choices";

export const defaultElectionName = (kind: ElectionKind) => vi.elections.defaultNames[kind];

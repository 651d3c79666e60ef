// Names the app gives standard records (a sub-committee, a milestone, a document) when it creates
// them. They are data of a Vietnamese organisation, so they come from the Vietnamese catalog
// whatever the language of the person who clicked.
import vi from "../../messages/vi/planning.json" with { type: "json" };

export const defaultName = {
  subCommittee: (kind: keyof typeof vi.subCommittees.defaultNames) => vi.subCommittees.defaultNames[kind],
  milestone: (key: keyof typeof vi.milestones.standard) => vi.milestones.standard[key],
  document: (kind: keyof typeof vi.documents.kinds) => vi.documents.kinds[kind],
};

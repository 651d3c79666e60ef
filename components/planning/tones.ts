// Badge tones of task states and priorities, shared by the server badges and the client task cards.
export const TASK_TONE = { TODO: "neutral", IN_PROGRESS: "blue", BLOCKED: "amber", DONE: "green" } as const;
export const PRIORITY_TONE = { LOW: "neutral", NORMAL: "neutral", HIGH: "amber", URGENT: "red" } as const;

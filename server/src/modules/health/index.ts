// Health has no services for other modules; its one door is graphql.ts (Query.health).
export {};

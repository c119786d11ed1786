// The people module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { peopleResolvers } from './people.resolvers.js';
export { createPersonLoader, personJoin } from './people.loaders.js';

// The meetings module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { meetingResolvers } from './meetings.resolvers.js';
export { createMeetingLoaders, type MeetingLoaders } from './meetings.loaders.js';

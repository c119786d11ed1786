export { healthResolvers } from './health.resolvers.js';

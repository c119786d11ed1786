import { Client, cacheExchange, fetchExchange } from '@urql/vue';

/** The GraphQL client: POST only (Apollo's CSRF guard refuses simple GETs), cookies sent. */
export const graphqlClient = new Client({
  url: '/graphql',
  preferGetMethod: false,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({ credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
  requestPolicy: 'cache-and-network',
});

import { graphql } from '../../api/generated/index.js';

/** The 290 municipalities by name, for matching what is typed as a peer. */
export const MunicipalityNamesQuery = graphql(`
  query MunicipalityNames {
    municipalityNames {
      municipalityCode
      name
    }
  }
`);

/** The municipalities nearest to one by the model's background shares, suggested as peers. */
export const SimilarMunicipalitiesQuery = graphql(`
  query SimilarMunicipalities($code: String!, $year: Int!) {
    similarMunicipalities(code: $code, year: $year, first: 5) {
      municipalityCode
      name
      distance
    }
  }
`);

/** The signed-in person's saved peers. */
export const SavedPeersQuery = graphql(`
  query SavedPeers {
    me {
      id
      resultPeers
    }
  }
`);

/** Keeps the signed-in person's peers; the answer updates Person:id in the cache. */
export const SetResultPeersMutation = graphql(`
  mutation SetResultPeers($codes: [String!]!) {
    setResultPeers(codes: $codes) {
      id
      resultPeers
    }
  }
`);

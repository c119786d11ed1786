import { graphql } from '../../api/generated/index.js';

/** One factor's figures. */
export const FactorFields = graphql(`
  fragment FactorFields on FactorResult {
    measure
    indicatorKey
    actual {
      value
      missingReason
      mark
    }
    modelValue
    deviation
    rank
    rankMissing
    band
    deviationRank
    deviationBand
  }
`);

/** Years with results, newest first. */
export const ResultYearsQuery = graphql(`
  query ResultYears {
    resultYears
  }
`);

/** The national ranking for a year (names, ranks, bands; no factor details). */
export const RankingQuery = graphql(`
  query Ranking($year: Int!) {
    ranking(year: $year) {
      year
      total
      source
      municipalities {
        municipalityCode
        name
        countyName
        rank
        score
        band
        incomplete
      }
    }
  }
`);

/** One municipality's six factors and rank over the years. */
export const MunicipalityResultsQuery = graphql(`
  query MunicipalityResults($code: String!) {
    municipalityResults(code: $code) {
      municipalityCode
      name
      countyName
      source
      years {
        year
        rank
        total
        band
        score
        incomplete
        pupils
        factors {
          ...FactorFields
        }
      }
    }
  }
`);

/** The municipality against the country, its county and chosen peers. */
export const PeerComparisonQuery = graphql(`
  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!) {
    peerComparison(code: $code, year: $year, peers: $peers) {
      year
      source
      municipality {
        municipalityCode
        name
        rank
        factors {
          ...FactorFields
        }
      }
      national {
        label
        medians {
          factor
          median
        }
      }
      county {
        label
        medians {
          factor
          median
        }
      }
      peers {
        municipalityCode
        name
        rank
        unreliable
        factors {
          ...FactorFields
        }
      }
    }
  }
`);

/** The school units' results within a municipality (latest school year by default). */
export const SchoolUnitResultsQuery = graphql(`
  query SchoolUnitResults($municipalityCode: String!) {
    schoolUnitResults(municipalityCode: $municipalityCode) {
      year
      source
      units {
        schoolUnitCode
        name
        organiserType
        pupils
        unreliable
        allSubjects {
          value
          missingReason
          mark
        }
        meritValue {
          value
          missingReason
          mark
        }
        vocationalEligible {
          value
          missingReason
          mark
        }
      }
    }
  }
`);

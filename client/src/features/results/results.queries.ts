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
    approximate
    modelValue
    deviation
    deviationArrow
    change
    changeArrow
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
    resultPerspectives
  }
`);

/** One municipality's six factors and rank over the years. */
export const MunicipalityResultsFields = graphql(`
  fragment MunicipalityResultsFields on MunicipalityResults {
    municipalityCode
    name
    countyName
    source
    attribution {
      sv
      en
    }
    years {
      year
      rank
      total
      band
      score
      incomplete
      approximate
      pupils
      factors {
        ...FactorFields
      }
      distanceToTop25 {
        targetRank
        targetScore
        scoreGap
        within
        factors {
          measure
          deviation
          rank
          neededRank
          neededValue
          change
        }
      }
      fits {
        measure
        r2
        n
      }
      nationalMedians {
        factor
        median
      }
    }
  }
`);

/** The municipality against the country, its county and chosen peers. */
export const PeerComparisonFields = graphql(`
  fragment PeerComparisonFields on PeerComparison {
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
      name {
        sv
        en
      }
      medians {
        factor
        median
      }
    }
    county {
      label
      name {
        sv
        en
      }
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
`);

/** The municipality against the country, its county and chosen peers. */
export const PeerComparisonQuery = graphql(`
  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!, $organiserType: OrganiserType!) {
    peerComparison(code: $code, year: $year, peers: $peers, organiserType: $organiserType) {
      ...PeerComparisonFields
    }
  }
`);

/** The school units' results within a municipality (latest school year by default). */
export const SchoolUnitResultsFields = graphql(`
  fragment SchoolUnitResultsFields on SchoolUnitResults {
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
`);

/** The country's series of the three measured factors (deviations have no national series). */
export const NationalSeriesFields = graphql(`
  fragment NationalSeriesFields on IndicatorSeries {
    series {
      organisationCode
      measurements {
        year
        value
        missingReason
      }
    }
  }
`);

/**
 * The municipality page in one request: its history, its school units and the country's line for
 * each measured factor (it used to take six requests in three waves). The comparison follows in
 * a second request, because it needs the latest year and changes with the chosen peers.
 */
export const MunicipalityPageQuery = graphql(`
  query MunicipalityPage($code: String!, $organiserType: OrganiserType!) {
    resultPerspectives
    municipalityResults(code: $code, organiserType: $organiserType) {
      ...MunicipalityResultsFields
    }
    schoolUnitResults(municipalityCode: $code) {
      ...SchoolUnitResultsFields
    }
    allSubjects: indicatorSeries(indicatorId: "ak9.allSubjects", organisationIds: ["SE"]) {
      ...NationalSeriesFields
    }
    meritValue: indicatorSeries(indicatorId: "ak9.meritValue", organisationIds: ["SE"]) {
      ...NationalSeriesFields
    }
    vocationalEligible: indicatorSeries(indicatorId: "ak9.vocationalEligible", organisationIds: ["SE"]) {
      ...NationalSeriesFields
    }
  }
`);

/** A year's ranking with the previous year's ranks beside it, in one request. */
export const RankingPageQuery = graphql(`
  query RankingPage($year: Int!, $previousYear: Int!, $withPrevious: Boolean!, $organiserType: OrganiserType!) {
    ranking(year: $year, organiserType: $organiserType) {
      year
      total
      source
      attribution {
        sv
        en
      }
      municipalities {
        municipalityCode
        name
        countyName
        rank
        score
        band
        incomplete
        approximate
      }
    }
    previous: ranking(year: $previousYear, organiserType: $organiserType) @include(if: $withPrevious) {
      year
      municipalities {
        municipalityCode
        rank
      }
    }
  }
`);

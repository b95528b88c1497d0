/**
 * The units the converter treats by name, in the report's own terms; the ids are those of
 * scripts/convert/data/units.json. Stages and emitters name a unit through this table, so that a unit
 * renamed in units.json fails one test (tests/convert/reportUnits.test.ts), not a stage far away.
 */
export const REPORT_UNITS = {
  /** はじめに: the main footnote series starts here. */
  introduction: 'intro',
  /** 2部2章: per strategy section, last year's results, their evaluation and this year's measures. */
  policyNarrative: 'p2-c2',
  /** 別添1: the 2020 plan, measure by measure. */
  plan2020: 'a1',
  /** 別添2: the 2019 plan and what was done. */
  results2019: 'a2',
  /** 別添3: each ministry's evaluation and policy. */
  ministryEvaluations: 'a3',
  /** 別添4: government agencies' common measures, with their own footnote series. */
  governmentAgencies: 'a4',
  /** 別添6: data sets, with their own footnote series. */
  dataSets: 'a6',
  /** 担当府省庁一覧 (別添7): who is responsible for each measure, one table. */
  responsibilities: 'a7',
  /** 別添8: the glossary. */
  glossary: 'a8',
} as const;

export type ReportUnit = keyof typeof REPORT_UNITS;

/** The two annexes of measure tables, by year. */
export const MEASURE_ANNEXES = { 2020: REPORT_UNITS.plan2020, 2019: REPORT_UNITS.results2019 } as const;

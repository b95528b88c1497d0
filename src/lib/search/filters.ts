/** Filter names and values as the search UI shows them: the report's own words. */
export const FILTER = { part: '本編・別添', kind: '種類', ministry: '担当府省庁' } as const;
export const KIND = { body: '本文', plan: '2020年度計画', result: '2019年度実績', term: '用語', data: 'データ' } as const;
export const MAIN_PART = '本編';

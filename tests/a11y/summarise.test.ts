// How axe outcomes per page become one row per success criterion on the accessibility page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type PageOutcome, summarise, tagToCriterion } from '../e2e/a11y/support.ts';

describe('tagToCriterion', () => {
  for (const [tag, sc] of [['wcag111', '1.1.1'], ['wcag143', '1.4.3'], ['wcag1410', '1.4.10'], ['wcag2aa', undefined], ['wcag21a', undefined]] as const) {
    test(`${tag} → ${sc}`, () => assert.equal(tagToCriterion(tag), sc));
  }
});

describe('summarise', () => {
  const page = (path: string, rules: PageOutcome['rules']): PageOutcome => ({ path, viewport: 'desktop', axeVersion: '4.x', rules });
  const contrast = ['wcag2aa', 'wcag143'];
  const outcomes = [
    page('a/', { 'color-contrast': { outcome: 'incomplete', tags: contrast }, 'image-alt': { outcome: 'inapplicable', tags: ['wcag2a', 'wcag111'] } }),
    page('b/', { 'color-contrast': { outcome: 'pass', tags: contrast }, 'image-alt': { outcome: 'inapplicable', tags: ['wcag2a', 'wcag111'] } }),
  ];

  test('a pass on any page outranks a page where axe could not decide; no elements anywhere is inapplicable', () => {
    const { criteria, violations, pages } = summarise(outcomes, ['1.1.1', '1.4.3', '2.4.1']);
    assert.deepEqual(criteria, [
      { sc: '1.1.1', outcome: 'inapplicable', rules: ['image-alt'] },
      { sc: '1.4.3', outcome: 'pass', rules: ['color-contrast'] },
      { sc: '2.4.1', outcome: 'untested', rules: [] },
    ]);
    assert.equal(violations, 0);
    assert.deepEqual(pages, ['a/', 'b/']);
  });

  test('a violation on one page is the criterion’s outcome, and is counted', () => {
    const failing = [...outcomes, page('c/', { 'color-contrast': { outcome: 'violation', tags: contrast } })];
    const { criteria, violations } = summarise(failing, ['1.4.3']);
    assert.equal(criteria[0]!.outcome, 'violation');
    assert.equal(violations, 1);
  });
});

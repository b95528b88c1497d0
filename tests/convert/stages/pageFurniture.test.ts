import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageFurniture } from '../../../scripts/convert/stages/pageFurniture.ts';
import { parseSource } from '../../../scripts/convert/source.ts';
import { lineOf, seedText, toyLines } from '../support.ts';

const kinds = (rows: string[]): string[] =>
  pageFurniture(toyLines(...rows)).roles.map((r) => (r.kind === 'furniture' ? r.class : r.kind === 'footnote' ? `footnote:${r.footnoteId}` : r.kind));

describe('pageFurniture', () => {
  test('drops page numbers, blank-page markers and rulers, and keeps text', () => {
    assert.deepEqual(kinds(['本文の途中で', '- 24 -␠', ' （本ページは白紙です。）␠␠', '', '続く。␠']), [
      'content',
      'pageNumber',
      'blankPageMarker',
      'blank',
      'content',
    ]);
  });

  test('takes the numbered footnotes under a ruler out of the text, with their continuation lines', () => {
    const ruler = ' '.repeat(29);
    assert.deepEqual(kinds(['大会1（以下', ruler, '1 東京オリンピックは', '開催される。␠', '2 略称。␠', ' 次のページ␠']), [
      'content',
      'footnoteRuler',
      'footnote:fn-main-1',
      'footnote:fn-main-1',
      'footnote:fn-main-2',
      'content',
    ]);
  });

  test('a footnote block ends at the first line that is not the next number', () => {
    const ruler = ' '.repeat(46);
    const roles = kinds(['データ1', ruler, '1 注。␠', '257', '545']);
    assert.deepEqual(roles, ['content', 'footnoteRuler', 'footnote:fn-main-1', 'content', 'content']);
  });

  test('a footnote numbered 1 again starts the next series', () => {
    const ruler = ' '.repeat(29);
    const { footnotes } = pageFurniture(toyLines('a1', ruler, '1 x␠', 'b', ruler, '1 y␠'));
    assert.deepEqual(footnotes.map((f) => f.id), ['fn-main-1', 'fn-annex4-1']);
  });

  test('a ruler with no footnote under it stops the conversion', () => {
    assert.throws(() => pageFurniture(toyLines('本文', ' '.repeat(29), '本文の続き␠')), /:2:1: error: a footnote ruler with no footnote under it \[pageFurniture\/ruler-without-footnote\]/);
  });
});

describe('pageFurniture: a bare-URL footnote and its cited title', () => {
  const ruler = ' '.repeat(51);
  test('the bracketed title under a URL-only footnote is part of the footnote (L19295–19297)', () => {
    assert.deepEqual(kinds(['指針」4に基づき', ruler, '1 https://www.example.go.jp/a.html␠', '', '（第８回会議、2012 年 10 月 26 日）␠', '', '移行指針の改定概要']), [
      'content',
      'footnoteRuler',
      'footnote:fn-main-1',
      'blank',
      'footnote:fn-main-1',
      'blank',
      'content',
    ]);
  });

  test('a 「…」(…) title counts, and only one title line follows the URL (L19405–19407)', () => {
    assert.deepEqual(kinds(['報告5', ruler, '1 https://www.example.go.jp/r.pdf␠', '「Report 2018(報告)」(CRYPTREC)␠', '「次の図」␠']), [
      'content',
      'footnoteRuler',
      'footnote:fn-main-1',
      'footnote:fn-main-1',
      'content',
    ]);
  });

  test('a bracketed line after a footnote that is not a bare URL stays text', () => {
    assert.deepEqual(kinds(['本文1', ruler, '1 出典：レポート 2019␠', '（図の注記）␠']), ['content', 'footnoteRuler', 'footnote:fn-main-1', 'content']);
  });
});

describe('pageFurniture: an English footnote wrapped at a word space', () => {
  const ruler = ' '.repeat(29);
  test('a line starting with a lowercase letter goes on with the footnote above (L1428–1430)', () => {
    assert.deepEqual(kinds(['規則26', ruler, '1 Regulation on the free movement␠', '', 'of such data (GDPR)␠', '', ' 次のページ␠']), [
      'content',
      'footnoteRuler',
      'footnote:fn-main-1',
      'blank',
      'footnote:fn-main-1',
      'blank',
      'content',
    ]);
  });

  test('a capitalised or Japanese line after a closed footnote is not taken', () => {
    assert.deepEqual(kinds(['本文1', ruler, '1 Cybersecurity Agency␠', 'Other text␠']), ['content', 'footnoteRuler', 'footnote:fn-main-1', 'content']);
  });
});

describe('pageFurniture on the whole report', () => {
  test('no line between a page\'s footnotes and the next page is left to the text, except figure and table text', () => {
    const lines = parseSource(seedText);
    const { roles } = pageFurniture(lines);
    const left: string[] = [];
    roles.forEach((role, i) => {
      if (role.kind !== 'furniture' || role.class !== 'footnoteRuler') return;
      let lastFootnote = '';
      for (let j = i + 1; j < lines.length; j++) {
        const r = roles[j]!;
        if (r.kind === 'blank') continue;
        if (r.kind !== 'footnote') {
          // The next page starts with a space; figure text after the notes (別添4-5/4-6/4-7, 別添6 data) has none.
          if (!/^ \S/.test(lines[j]!.text) && /(?:https?:\S+|[a-z]) $/.test(lastFootnote)) left.push(`${lines[j]!.line}: ${lines[j]!.text}`);
          break;
        }
        lastFootnote = lines[j]!.text;
      }
    });
    assert.deepEqual(left, []);
  });

  test('the three continuation lines once read as text are footnote text', () => {
    const { roles } = pageFurniture(parseSource(seedText));
    const at = (text: string): string => {
      const r = roles[lineOf(text) - 1]!;
      return r.kind === 'footnote' ? r.footnoteId : r.kind;
    };
    assert.equal(at('of such data, and repealing Directive 95/46/EC (General Data Protection Regulation)'), 'fn-main-26');
    assert.equal(at('（第８回情報セキュリティ対策推進会議、2012 年 10 月 26 日）'), 'fn-annex4-4');
    assert.equal(at('「CRYPTREC Report 2018(暗号技術評価委員会報告)」(CRYPTREC)'), 'fn-annex4-5');
  });
});

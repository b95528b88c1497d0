import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mdxToHast } from 'satteri';
import { loadData } from '../../scripts/convert/index.ts';
import { convert } from '../../scripts/convert/pipeline.ts';
import { lineOf, seedLines, seedText, seedWith } from './support.ts';

const data = loadData();

/** The text of every element MDX makes of a page; throws when the page does not compile. */
function pageText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = mdxToHast(body, { features: { headingAttributes: true, smartPunctuation: false } });
  const collect = (node: unknown): string => {
    const n = node as { type: string; value?: string; children?: unknown[] };
    if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') throw new Error(`the page compiles ${n.type}`);
    return n.value ?? (n.children ?? []).map(collect).join('');
  };
  return collect(tree);
}

describe('bad input gives a clear error, never a broken build or a lost line', () => {
  test('a truncated file stops at the first unit it cannot find, with its line', () => {
    const half = seedLines.slice(0, 12000).join('\n');
    assert.throws(() => convert(half, data), /^ConversionError: content\/source\/cybersecurity2020\.txt:\d+:1: error: the heading of unit `a2-s\d` was not found after this line \[units\/heading-missing\]/m);
  });

  test('a missing heading names the unit and how to fix it', () => {
    const at = lineOf('正誤表');
    assert.throws(
      () => convert(seedWith(at, at, ['']), data),
      (e: Error) => e.message.includes('the heading of unit `errata` was not found') && e.message.includes('fix:'),
    );
  });

  test('a page break inside a heading still gives one heading', () => {
    const at = lineOf('1.1 業務・機能・サービス障害');
    const { pages } = convert(seedWith(at, at, ['1.1 業務・機能・', '', '- 20 -␠'.replace('␠', ' '), '', ' サービス障害 ']), data);
    assert.match(pages.get('part-1/chapter-2.mdx')!, /^### 1\\\.1 業務・機能・サービス障害 \{#p1-c2-s1-1\}$/m);
  });

  const injected = ['{x}', '<script>alert(1)</script>', '</div>', "import x from 'y'", 'export default {}', '<Component prop={1} />'];
  for (const line of injected) {
    test(`an injected line ${JSON.stringify(line)} reaches the page as text`, () => {
      const at = lineOf('なお、本書の記載にかかわらず、我が国を取り巻くサイバーセキュリティに関する情勢に変化');
      const { pages, fates } = convert(seedWith(at - 1, at - 1, [`${line} `]), data);
      assert.equal(fates[at - 2]!.role, 'text');
      assert.ok(pageText(pages.get('introduction.mdx')!).includes(line));
    });
  }

  test('text injected into the middle of a paragraph and a footnote is escaped too', () => {
    const at = lineOf('2 2018 年７月に閣議決定された戦略では「2020 年東京大会」という略称を用いていたものの、本書では「東京 2');
    const source = seedText.split('\n');
    source[at - 1] = source[at - 1]!.replace('略称を', '略称{x}<b>を');
    const { pages } = convert(source.join('\n'), data);
    assert.ok(pageText(pages.get('introduction.mdx')!).includes('略称{x}<b>を'));
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mdxToHast } from 'satteri';
import { escapeMdxText } from '../../../scripts/convert/emit/escape.ts';
import { inlinesToMdx } from '../../../scripts/convert/emit/mdx/inline.ts';
import { normaliseSpacing } from '../../../scripts/convert/emit/spacing.ts';

describe('normaliseSpacing', () => {
  const cases = [
    ['2020 年度', '2020年度'],
    ['IoT 機器', 'IoT機器'],
    ['東京 2020 大会', '東京2020大会'],
    ['Apache Struts 2 の脆弱性', 'Apache Struts 2の脆弱性'],
    ['柳  孝', '柳 孝'],
    ['内閣総務官 原 邦彰', '内閣総務官 原 邦彰'],
    ['２０２０年度　ＣＳＩＲＴ', '２０２０年度　ＣＳＩＲＴ'],
    ['（ 2020 年）', '（2020年）'],
    ['ユーザ企業向けβ 版テスト', 'ユーザ企業向けβ版テスト'],
    ['時期 ⇒ 「２０１３', '時期 ⇒ 「２０１３'],
  ] as const;
  for (const [input, output] of cases) test(`${input} → ${output}`, () => assert.equal(normaliseSpacing(input), output));
});

/** What a reader sees: the text of the paragraph MDX makes of one escaped line. */
function rendered(text: string): string {
  const tree = mdxToHast(escapeMdxText(text) + '\n', { features: { headingAttributes: true, smartPunctuation: false } }) as { children: unknown[] };
  const collect = (node: unknown): string => {
    const n = node as { type: string; value?: string; children?: unknown[] };
    if (n.type !== 'root' && n.type !== 'element' && n.type !== 'text') throw new Error(`MDX made a ${n.type} node of ${JSON.stringify(text)}`);
    return n.value ?? (n.children ?? []).map(collect).join('');
  };
  return collect(tree).trim();
}

describe('escapeMdxText', () => {
  const hostile = [
    '{x}',
    '<script>alert(1)</script>',
    '</div>',
    "import x from 'y'",
    'export const a = 1',
    '- 24 -',
    '1. 内閣官房の施策',
    '# 見出しではない',
    '> 引用ではない',
    '*強調* _でも_ `コード` でも ~~ない~~ [リンク](x) ![画像](y)',
    '| a | b |',
    '&amp; &#x41; Q&A',
    'バックスラッシュ \\ と {{二重}}',
  ];
  for (const text of hostile) test(`renders ${JSON.stringify(text)} as the same text`, () => assert.equal(rendered(text), text));
});

describe('inlinesToMdx: links', () => {
  type Node = { type: string; name?: string; tagName?: string; value?: string; children?: Node[] };
  const links = (node: Node): Node[] => [
    ...(node.name === 'a' || node.tagName === 'a' ? [node] : []),
    ...(node.children ?? []).flatMap(links),
  ];
  const url = 'https://www.example.go.jp/a_b/index.html#2012_5';

  test('a URL in the report becomes one link, not a link nested in an autolink', () => {
    const mdx = inlinesToMdx([{ type: 'text', value: '（' }, { type: 'link', url }, { type: 'text', value: '）参照' }]);
    const tree = mdxToHast(mdx + '\n', { features: { headingAttributes: true, smartPunctuation: false } }) as Node;
    const found = links(tree);
    assert.equal(found.length, 1, mdx);
    // The link text is a string expression, so it reads exactly as the URL, with no escapes.
    assert.deepEqual(found[0]!.children!.map((c) => [c.type, c.value]), [['mdxTextExpression', JSON.stringify(url)]]);
    assert.match(mdx, /rel="noopener noreferrer"/);
  });
});

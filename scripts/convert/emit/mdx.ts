import type { BlockNode, FootnoteNode, HeadingNode, InlineNode, ParagraphNode, UnitNode } from '../types.ts';
import { escapeMdxText, jsxAttribute, yamlString } from './escape.ts';
import { normaliseSpacing } from './spacing.ts';

/** A link from an overview page to one of its sub-pages; generated, not report text. */
export interface ChildLink {
  slug: string;
  title: string;
}

/** Page-level words the generator adds around the report text (Japanese pages). */
export const generatedText = {
  footnotesHeading: '脚注',
  footnoteBack: '本文の参照箇所に戻る',
  imageNotice: '（この図表は原本のPDFでは画像のため、テキスト版には含まれていません。）',
  contentsHeading: 'このページの構成',
  imageOnlyNotice: 'この別添の内容は、原本のPDFでは主に図や表の画像です。このテキスト版には、画像の外に印刷された見出しと文字だけが含まれています。図表の内容は原本のPDFでご確認ください。',
} as const;

export function inlinesToMdx(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node, i) => {
      if (node.type === 'text') {
        const value = normaliseSpacing(node.value);
        return escapeMdxText(i === 0 ? value.trimStart() : i === nodes.length - 1 ? value.trimEnd() : value);
      }
      if (node.type === 'link') return `<a ${jsxAttribute('href', node.url)} rel="noopener noreferrer">${escapeMdxText(node.url)}</a>`;
      return `<sup class="fnref"><a href="#${node.footnoteId}" id="${refId(node.footnoteId)}" role="doc-noteref" aria-describedby="footnotes">${node.label}</a></sup>`;
    })
    .join('');
}

export function refId(footnoteId: string): string {
  return footnoteId.replace(/^fn-/, 'fnref-');
}

function heading(node: HeadingNode): string {
  const label = node.label ? `${escapeMdxText(node.label)} ` : '';
  return `${'#'.repeat(node.depth)} ${label}${inlinesToMdx(node.children)} {#${node.id}}`;
}

function paragraph(node: ParagraphNode): string {
  if (node.role === 'divisionLabel') return `<p class="division-label">${inlinesToMdx(node.children)}</p>`;
  return inlinesToMdx(node.children);
}

const listRoles = new Set(['bullet', 'numbered']);

function blocks(nodes: readonly BlockNode[]): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length === 0) return;
    out.push(['<ul class="report-list">', ...list.map((item) => `<li>${item}</li>`), '</ul>'].join('\n'));
    list = [];
  };
  for (const node of nodes) {
    if (node.type === 'paragraph' && listRoles.has(node.role)) {
      list.push(inlinesToMdx(node.children));
      continue;
    }
    flush();
    if (node.type === 'heading') out.push(heading(node));
    else if (node.type === 'paragraph') out.push(paragraph(node));
    else if (node.type === 'figure') {
      out.push(
        [
          '<figure class="report-figure">',
          `<figcaption>${node.label ? `${escapeMdxText(node.label)} ` : ''}${inlinesToMdx(node.caption.children)}</figcaption>`,
          `<p class="image-notice">${generatedText.imageNotice}</p>`,
          '</figure>',
        ].join('\n'),
      );
    } else if (node.type === 'column') {
      out.push([`<aside class="column" aria-labelledby="${node.id}">`, ...blocks(node.children), '</aside>'].join('\n\n'));
    }
  }
  flush();
  return out;
}

function footnotes(nodes: readonly FootnoteNode[]): string[] {
  if (nodes.length === 0) return [];
  const list = [
    '<ol class="footnote-list">',
    ...nodes.map(
      (fn) =>
        `<li id="${fn.id}" value="${fn.label}"><span class="fn-label">${fn.label}</span> ${inlinesToMdx(fn.children)} <a href="#${refId(fn.id)}" class="fnback" role="doc-backlink" aria-label="${generatedText.footnoteBack}（${fn.label}）">↩</a></li>`,
    ),
    '</ol>',
  ].join('\n');
  return [['<section class="footnotes" aria-labelledby="footnotes">', `## ${generatedText.footnotesHeading} {#footnotes}`, list, '</section>'].join('\n\n')];
}

function childLinks(children: readonly ChildLink[]): string[] {
  if (children.length === 0) return [];
  return [
    `## ${generatedText.contentsHeading} {#contents}`,
    ['<ul class="child-pages">', ...children.map((c) => `<li><a href="./${c.slug.split('/').pop()}/">${escapeMdxText(c.title)}</a></li>`), '</ul>'].join('\n'),
  ];
}

/** One page: front matter, the unit's blocks, links to its sub-pages, then its footnotes. */
export function unitToMdx(unit: UnitNode, children: readonly ChildLink[]): string {
  const front = [
    '---',
    `title: ${yamlString(unit.title)}`,
    `titleEn: ${yamlString(unit.titleEn)}`,
    ...(unit.titleNote ? [`titleNote: ${yamlString(unit.titleNote)}`] : []),
    'sidebar:',
    `  order: ${unit.order}`,
    ...(unit.position
      ? ['source:', `  startLine: ${unit.position.start.line}`, `  endLine: ${unit.position.end.line}`]
      : []),
    '---',
  ];
  const notice = unit.imageOnly ? [`<aside class="image-notice" role="note">${generatedText.imageOnlyNotice}</aside>`] : [];
  const body = [...notice, ...blocks(unit.children), ...childLinks(children), ...footnotes(unit.footnotes)];
  return [front.join('\n'), ...body].join('\n\n') + '\n';
}

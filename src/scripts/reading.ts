// Reading tools on every page (src/components/ReadingTools.astro): the back-to-top link appears once the
// page title has scrolled away; headings, measure rows, footnotes and glossary terms get an anchor link
// whose activation opens one shared panel with 「リンクをコピー」 and 「引用」. A copy always shows what was
// copied and says so; when the clipboard refuses, the text stays shown and selected for copying by hand.
import { citationText } from '../lib/citation.ts';
import { interpolate } from '../lib/strings.ts';
import type { Lang } from '../lib/urls.ts';

type Strings = Record<string, string>;

const fill = (template: string, values: Record<string, string>) => interpolate(template, values, 'src/content/i18n reading.*');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function backToTop(): void {
  const link = document.querySelector<HTMLElement>('[data-back-to-top]');
  const title = document.getElementById('_top');
  if (!link || !title) return;
  new IntersectionObserver(([entry]) => link.toggleAttribute('data-shown', !entry!.isIntersecting)).observe(title);
}

function printSource(): void {
  const url = document.querySelector('[data-print-url]');
  const date = document.querySelector('[data-print-date]');
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  const update = () => {
    if (url) url.textContent = location.href.replace(/#.*/, '');
    if (date) date.textContent = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long' }).format(new Date());
  };
  update();
  addEventListener('beforeprint', update);
}

/** What a citation names for a target: the heading (its English title on English pages), the measure key, the footnote or the term. */
function targetLabel(target: HTMLElement, s: Strings): string {
  if (/^H[2-6]$/.test(target.tagName)) {
    const own = text(document.querySelector(`starlight-toc a[href="#${CSS.escape(target.id)}"]`)) || text(target);
    // 【評価】 and its kind name a block of the section above them.
    if (!text(target).startsWith('【')) return own;
    const level = Number(target.tagName[1]);
    const headings = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3, h4, h5, h6)[id]')];
    const above = headings.slice(0, headings.indexOf(target)).reverse().find((h) => Number(h.tagName[1]) < level);
    return above ? `${targetLabel(above, s)} ${own}` : own;
  }
  if (target.tagName === 'TR') {
    const caption = text(target.closest('table')?.querySelector('caption')).split(' ')[0] ?? '';
    return `${caption}${text(target.querySelector('th'))}`;
  }
  if (target.tagName === 'LI') return fill(s.footnote!, { n: text(target.querySelector('.fn-label')) });
  return text(target);
}

function anchorFor(target: HTMLElement, s: Strings, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `#${target.id}`;
  a.className = className;
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '#';
  const name = document.createElement('span');
  name.className = 'sr-only';
  name.textContent = fill(s.anchor!, { label: targetLabel(target, s) });
  a.append(icon, name);
  return a;
}

function permalinks(panel: HTMLElement, s: Strings, lang: Lang): void {
  const content = document.querySelector('.sl-markdown-content');
  if (!content) return;
  const where = panel.dataset.where ?? '';
  const title = panel.querySelector<HTMLElement>('[data-panel-title]')!;
  const shown = panel.querySelector<HTMLElement>('[data-panel-text]')!;
  const status = panel.querySelector<HTMLElement>('[data-panel-status]')!;
  let current: { target: HTMLElement; opener: HTMLElement } | undefined;

  const urlOf = (target: HTMLElement) => new URL(`#${target.id}`, location.href).href;
  const open = (target: HTMLElement, opener: HTMLElement) => {
    current = { target, opener };
    title.textContent = fill(s.panel!, { label: targetLabel(target, s) });
    shown.hidden = true;
    status.textContent = '';
    panel.hidden = false;
    panel.querySelector<HTMLElement>('button')!.focus();
  };
  const close = () => {
    panel.hidden = true;
    current?.opener.focus();
    current = undefined;
  };
  const copy = async (value: string, done: string) => {
    shown.textContent = value;
    shown.hidden = false;
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = done;
    } catch {
      status.textContent = s.copyFailed!;
      getSelection()?.selectAllChildren(shown);
    }
  };

  panel.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    if (!current || !action) return;
    if (action === 'close') return close();
    const url = urlOf(current.target);
    if (action === 'copy-link') void copy(url, s.copiedLink!);
    if (action === 'cite') void copy(citationText(lang, { where, target: targetLabel(current.target, s), url, date: new Date() }), s.copiedCite!);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  // The link still goes to its target (the address bar shows the permalink); the panel opens once the
  // browser has moved there, which would otherwise take the focus back from the panel.
  const opener = (anchor: HTMLElement, target: HTMLElement) => anchor.addEventListener('click', () => setTimeout(() => open(target, anchor)));

  for (const heading of content.querySelectorAll<HTMLElement>(':is(h2, h3, h4, h5, h6)[id]')) {
    // Starlight's own heading-link markup and styles (shown on hover and focus).
    const wrapper = document.createElement('div');
    wrapper.className = `sl-heading-wrapper level-${heading.tagName.toLowerCase()}`;
    heading.before(wrapper);
    wrapper.append(heading);
    // Named once the heading is back in the page: a 【…】 label is named after the heading above it.
    const anchor = anchorFor(heading, s, 'sl-anchor-link');
    wrapper.append(anchor);
    opener(anchor, heading);
  }
  // Measure rows already carry a link to themselves on their key.
  for (const row of content.querySelectorAll<HTMLElement>('tr[id]')) {
    const own = row.querySelector<HTMLElement>(`a[href="#${CSS.escape(row.id)}"]`);
    if (own) opener(own, row);
  }
  for (const target of content.querySelectorAll<HTMLElement>('.footnotes li[id], dl.glossary dt[id]')) {
    const anchor = anchorFor(target, s, 'permalink');
    target.append(' ', anchor);
    opener(anchor, target);
  }
}

backToTop();
printSource();
const panel = document.querySelector<HTMLElement>('[data-cite-panel]');
if (panel) {
  const lang: Lang = panel.dataset.lang === 'en' ? 'en' : 'ja';
  permalinks(panel, JSON.parse(panel.dataset.strings ?? '{}') as Strings, lang);
}

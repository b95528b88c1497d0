// Glossary terms in the text (emit/mdx/inline.ts): a link to 別添8 with the definition as a tooltip. CSS shows
// the tooltip on hover and keyboard focus; this keeps it inside the window, and on touch screens, where there
// is no hover, the first tap shows it in place (a second tap follows the link to the glossary entry).

const MARGIN = 8;

/** Moves an open tooltip sideways so that it lies inside the window. */
function fit(tip: HTMLElement): void {
  tip.style.removeProperty('translate');
  const box = tip.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const shift = box.right > width - MARGIN ? width - MARGIN - box.right : box.left < MARGIN ? MARGIN - box.left : 0;
  if (shift !== 0) tip.style.translate = `${Math.round(shift)}px 0`;
}

const tipOf = (term: Element | null): HTMLElement | null => term?.querySelector<HTMLElement>('.term-tip') ?? null;

function close(except?: Element): void {
  for (const open of document.querySelectorAll('.term.open')) {
    if (open === except) continue;
    open.classList.remove('open');
    open.querySelector('.term-ref')?.setAttribute('aria-expanded', 'false');
  }
}

export function setUpTermTips(): void {
  const content = document.querySelector('.sl-markdown-content');
  if (!content || !content.querySelector('.term')) return;
  const show = (e: Event) => {
    const tip = tipOf((e.target as Element).closest?.('.term') ?? null);
    if (tip) requestAnimationFrame(() => fit(tip));
  };
  content.addEventListener('mouseover', show);
  content.addEventListener('focusin', show);
  const touch = window.matchMedia('(hover: none)');
  content.addEventListener('click', (e) => {
    const ref = (e.target as Element).closest('.term-ref');
    if (!ref || !touch.matches) return;
    const term = ref.parentElement!;
    if (term.classList.contains('open')) return;
    e.preventDefault();
    close(term);
    term.classList.add('open');
    ref.setAttribute('aria-expanded', 'true');
    fit(tipOf(term)!);
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as Element).closest?.('.term')) close();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}

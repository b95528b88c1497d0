// A table region that scrolls sideways says so: each side that has more to see gets an edge shadow
// (src/styles/custom.css, "Scroll cue"). The attributes follow scrolling and any change of width.
function mark(region: HTMLElement): void {
  const hidden = region.scrollWidth - region.clientWidth;
  region.toggleAttribute('data-more-start', hidden > 1 && region.scrollLeft > 1);
  region.toggleAttribute('data-more-end', hidden > 1 && region.scrollLeft < hidden - 1);
}

const resized = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
for (const region of document.querySelectorAll<HTMLElement>('.sl-markdown-content .table-scroll')) {
  mark(region);
  region.addEventListener('scroll', () => mark(region), { passive: true });
  resized.observe(region);
}

// html-validate over every built page (tests/dist/html-validate.test.ts). The presets check HTML validity and
// document structure; each rule turned off or relaxed below is a style preference or a false positive on
// Starlight's own markup, never a validity error.
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  // Starlight's code blocks (Expressive Code, used for the open data page's examples) put one <div> per line
  // inside <code>; HTML allows only phrasing content there. Allowed for <code> only, not elsewhere.
  elements: ['html5', { code: { permittedContent: ['@phrasing', 'div'] } }],
  rules: {
    // Astro writes void elements as `<meta/>`; both forms are valid HTML.
    'void-style': 'off',
    // Scripts and styles are same-origin, hashed files; SRI guards third-party hosts.
    'require-sri': 'off',
    // Starlight's inline styles (icon sizes, the search dialog) and type-less buttons, none inside a form.
    'no-inline-style': 'off',
    'no-implicit-button-type': 'off',
    // HTML allows any id without spaces; Starlight's skip link targets `#_top`.
    'valid-id': ['error', { relaxed: true }],
    // The table scroll pattern uses an explicit `role="region"` on a <div> (see README, Accessibility).
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Starlight puts the "on this page" list (an h2) before <main> in source order; levels may still never skip.
    'heading-level': ['error', { minInitialRank: 'h2' }],
    // Starlight has two "on this page" navs, of which CSS shows one per screen width; axe's landmark-unique
    // checks the rendered page at both widths instead.
    'unique-landmark': 'off',
    // Page titles are the report's own, some longer than 70 characters; they are not shortened.
    'long-title': 'off',
  },
};

// Every built page carries the Content-Security-Policy and no inline event handler (issue 7, item 4):
// handlers in attributes would need 'unsafe-inline' scripts. The browser side is tests/e2e/privacy.spec.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { builtPages } from '../support/built-pages.ts';

const pages = builtPages().map((p) => ({ path: p.path, dom: parse(readFileSync(p.file, 'utf8')) }));

test('every page has one Content-Security-Policy meta, before any script, allowing each of its inline scripts and styles by hash, and no others', () => {
  const wrong = pages.flatMap(({ path, dom }) => {
    const metas = dom.querySelectorAll('meta[http-equiv="content-security-policy"]');
    if (metas.length !== 1) return [`/${path}: ${metas.length} CSP metas`];
    const head = dom.querySelector('head')!.toString();
    const firstScript = head.indexOf('<script');
    if (firstScript !== -1 && firstScript < head.indexOf('content-security-policy')) return [`/${path}: a script comes before the CSP`];
    const scriptSrc = /script-src ([^;]*)/.exec(metas[0]!.getAttribute('content')!)?.[1] ?? '';
    if (/'unsafe-inline'/.test(scriptSrc)) return [`/${path}: script-src allows 'unsafe-inline'`];
    const styleSrc = /style-src-elem ([^;]*)/.exec(metas[0]!.getAttribute('content')!)?.[1] ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = dom
      .querySelectorAll('script:not([src])')
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => sha(s.rawText))
      .filter((hash) => !scriptSrc.includes(hash))
      .map((hash) => `/${path}: inline script ${hash} not allowed`);
    const styles = dom
      .querySelectorAll('style')
      .map((s) => sha(s.rawText))
      .filter((hash) => !styleSrc.includes(hash))
      .map((hash) => `/${path}: inline style ${hash} not allowed`);
    // Hashes of another page's inline scripts would only add bytes that do not compress.
    const own = new Set([...dom.querySelectorAll('script:not([src])').map((s) => sha(s.rawText)), ...dom.querySelectorAll('style').map((s) => sha(s.rawText))]);
    const foreign = [...metas[0]!.getAttribute('content')!.matchAll(/'sha256-[^']*'/g)]
      .filter(([hash]) => !own.has(hash!))
      .map(([hash]) => `/${path}: ${hash} allows no script or style of the page`);
    return [...scripts, ...styles, ...foreign];
  });
  assert.deepEqual(wrong, []);
});

test('no element of any page has an inline event handler (on… attribute)', () => {
  const handlers = pages.flatMap(({ path, dom }) =>
    dom
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((a) => /^on[a-z]+$/i.test(a)).map((a) => `/${path}: <${el.tagName.toLowerCase()} ${a}>`)),
  );
  assert.deepEqual(handlers, []);
});

test('the inline-handler check finds a handler where there is one', () => {
  const el = parse('<p><a href="#" onclick="x()">x</a></p>').querySelector('a')!;
  assert.deepEqual(Object.keys(el.attributes).filter((a) => /^on[a-z]+$/i.test(a)), ['onclick']);
});

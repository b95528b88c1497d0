// The build step that completes Astro's Content-Security-Policy (src/integrations/cspInlineScripts.ts), on toy pages.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { completePolicy } from '../../src/integrations/cspInlineScripts.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

test('inline scripts get their hash in script-src; scripts with src and JSON data do not', () => {
  const html = page(
    `<script>a()</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sha('b()')};">`,
    `<script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script is-inline>c()</script>`,
  );
  assert.equal(policy(completePolicy(html)), `default-src 'self'; script-src 'self' ${sha('a()')} ${sha('b()')} ${sha('c()')};`);
});

test('hashes of scripts and styles another page has are dropped from the policy', () => {
  const html = page(
    `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha('elsewhere()')} 'wasm-unsafe-eval'; style-src-elem 'self' ${sha('.b{}')};">`,
    '<script>a()</script>',
  );
  assert.equal(policy(completePolicy(html)), `script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}; style-src-elem 'self';`);
});

test('the policy moves to the top of <head>, right after the charset, and appears once', () => {
  const out = completePolicy(page(`<script>a()</script><meta http-equiv="content-security-policy" content="script-src 'self';">`));
  assert.match(out, /<head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-[^']+';"><script>a\(\)<\/script>/);
  assert.equal(out.match(/content-security-policy/g)?.length, 1);
});

test('a page without a policy is left as it is', () => {
  const html = page('<script>a()</script>');
  assert.equal(completePolicy(html), html);
});

test('inline <style> elements (a chart’s SVG) get their hash in style-src-elem, or style-src when that is all there is', () => {
  const body = '<svg><style>.a{fill:red}</style></svg>';
  const elem = completePolicy(page(`<meta http-equiv="content-security-policy" content="style-src 'self'; style-src-elem 'self' ${sha('x')};">`, body));
  assert.equal(policy(elem), `style-src 'self'; style-src-elem 'self' ${sha('.a{fill:red}')};`);
  const plain = completePolicy(page(`<meta http-equiv="content-security-policy" content="style-src 'self';">`, body));
  assert.equal(policy(plain), `style-src 'self' ${sha('.a{fill:red}')};`);
});

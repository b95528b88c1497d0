/**
 * Completes the Content-Security-Policy <meta> that Astro writes (security.csp in astro.config.mjs) on
 * every built page: Astro hashes only the scripts and styles it bundles, not `<script is:inline>` ones
 * such as Starlight's theme and sidebar scripts (withastro/astro#16664) nor the <style> inside the
 * charts' SVG, which the policy would then block. Each page's policy lists the hashes of its own inline
 * scripts and styles and no others (Astro lists those of every page of the site: half of a chapter's were
 * another page's, 0.6 kB of HTML that does not compress), and moves to the top of <head> so that it
 * governs everything on the page, not only what follows the point where Astro put it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
/** Inline scripts a browser runs: no src, and a JavaScript type (none, module, or a JavaScript MIME type). */
const INLINE_SCRIPT = /<script((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style(?:\s+[\w-]+(?:="[^"]*")?)*\s*>([\s\S]*?)<\/style>/g;

const isRunnable = (attributes: string) => {
  if (/\ssrc=/.test(attributes)) return false;
  const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
  return type === undefined || type === 'module' || /javascript/i.test(type);
};

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

const HASH = /\s*'sha256-[^']*'/g;

/** The policy with the first of `directives` it has listing exactly `hashes`, after its other sources. */
function allowOnly(policy: string, directives: string[], hashes: string[]): string {
  const directive = directives.find((d) => new RegExp(`(^|;)\\s*${d} `).test(policy));
  if (!directive) return policy;
  return policy.replace(new RegExp(`((?:^|;)\\s*${directive} )([^;]*)`), (_, name: string, sources: string) =>
    [`${name}${sources.replace(HASH, '')}`.trimEnd(), ...new Set(hashes)].join(' '),
  );
}

/** The page with its policy at the top of <head>, listing the hash of each of its inline scripts and styles. */
export function completePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => isRunnable(attributes!)).map(([, , body]) => hash(body!));
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body]) => hash(body!));
  const policy = allowOnly(allowOnly(meta[1]!, ['script-src-elem', 'script-src'], scripts), ['style-src-elem', 'style-src'], styles);
  const withoutMeta = html.replace(meta[0], '');
  return withoutMeta.replace(/<head>(<meta charset="[^"]*"\/?>)?/, (head) => `${head}<meta http-equiv="content-security-policy" content="${policy}">`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export function cspInlineScripts(): AstroIntegration {
  return {
    name: 'csp-inline-scripts',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const completed = completePolicy(html);
          if (completed !== html) writeFileSync(file, completed);
        }
      },
    },
  };
}

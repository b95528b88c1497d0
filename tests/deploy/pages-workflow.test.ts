// The GitHub Pages workflow cannot run here; these checks hold its shape to what the site needs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  environment?: { name: string };
  steps: Step[];
}
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'pages.yml'), 'utf8')) as {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const using = (action: string) => steps.filter((s) => s.uses?.split('@')[0] === action);

test('runs on pushes to main with the permissions a Pages deployment needs', () => {
  assert.deepEqual(workflow.on.push?.branches, ['main']);
  assert.equal(workflow.permissions.pages, 'write');
  assert.equal(workflow.permissions['id-token'], 'write');
});

test('builds with SITE and BASE_PATH from the repository’s Pages settings', () => {
  const [configure] = using('actions/configure-pages');
  assert.ok(configure?.id, 'actions/configure-pages has an id its outputs are read by');
  const build = steps.find((s) => s.run?.trim() === 'npm run build');
  assert.ok(build, 'a step runs `npm run build`');
  assert.equal(build.env?.SITE, `\${{ steps.${configure.id}.outputs.origin }}`);
  assert.equal(build.env?.BASE_PATH, `\${{ steps.${configure.id}.outputs.base_path }}`);
  assert.ok(steps.indexOf(configure) < steps.indexOf(build));
});

test('uploads dist/ and deploys it in a job that waits for the build', () => {
  const [upload] = using('actions/upload-pages-artifact');
  assert.equal(upload?.with?.path, 'dist');
  const deployJob = Object.entries(workflow.jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  assert.ok(deployJob, 'a job uses actions/deploy-pages');
  const buildJob = Object.entries(workflow.jobs).find(([, j]) => j.steps.includes(upload!))![0];
  assert.deepEqual([deployJob[1].needs].flat(), [buildJob]);
  assert.equal(deployJob[1].environment?.name, 'github-pages');
});

test('uses the project’s Node major version and only npm scripts that exist', () => {
  const [setup] = using('actions/setup-node');
  assert.equal(String(setup?.with?.['node-version']), /\d+/.exec(pkg.engines.node)![0]);
  const scripts = steps.flatMap((s) => [...(s.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
  assert.ok(scripts.length > 0);
  assert.deepEqual(scripts.filter((name) => !pkg.scripts[name]), []);
  assert.ok(steps.some((s) => s.run?.trim() === 'npm ci'), 'installs with npm ci');
});

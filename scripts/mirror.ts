// `npm run mirror`: the built site (dist/) as a folder that any static server can serve as its root, and
// the same folder as a zip to hand on. README "Offline mirror" documents the one-command server.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { MIRROR_NAME, mirrorDir, mirrorZip } from './mirror-layout.ts';

const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`mirror: ${dist}/index.html is missing; run \`npm run build\` first (\`npm run mirror\` does).`);
  process.exit(1);
}
const base = process.env.BASE_PATH?.replace(/^\/*/, '/').replace(/\/*$/, '/') ?? '/';

rmSync(mirrorDir, { recursive: true, force: true });
rmSync(mirrorZip, { force: true });
mkdirSync(mirrorDir, { recursive: true });
cpSync(dist, mirrorDir, { recursive: true });
writeFileSync(
  join(mirrorDir, 'README.txt'),
  [
    'サイバーセキュリティ2020（非公式ウェブ版）のオフライン版 / Cybersecurity 2020 (unofficial web edition), offline copy',
    '',
    base === '/'
      ? 'このフォルダを静的サーバのルートとして配信してください。/ Serve this folder as the root of any static web server, e.g.:'
      : `このフォルダを ${base} として配信してください。/ Serve this folder under the path ${base} of a static web server.`,
    '',
    `  npx serve ${MIRROR_NAME}`,
    '',
    'ファイルを直接ブラウザで開く（file://）と検索とリンクは動きません。/ Opened as files (file://), search and links do not work.',
    '',
  ].join('\n'),
);

/** Every file of the folder, under the folder's name, so that the zip unpacks into one folder. */
function collect(dir: string, into: Zippable): Zippable {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) collect(path, into);
    else into[`${MIRROR_NAME}/${relative(mirrorDir, path).split('\\').join('/')}`] = readFileSync(path);
  }
  return into;
}
// A fixed date keeps the zip the same for the same build.
const zip = zipSync(collect(mirrorDir, {}), { level: 9, mtime: new Date('2020-07-21T00:00:00Z') });
writeFileSync(mirrorZip, zip);
console.log(`mirror: ${mirrorDir}/ and ${mirrorZip} (${(zip.length / 1024 / 1024).toFixed(1)} MiB); serve with \`npx serve ${mirrorDir}\``);

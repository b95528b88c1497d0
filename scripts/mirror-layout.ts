// Where `npm run mirror` writes: a folder to serve as a site's root, and the same folder as a zip.
export const MIRROR_NAME = 'cybersecurity2020';
export const mirrorDir = `mirror/${MIRROR_NAME}`;
export const mirrorZip = `mirror/${MIRROR_NAME}.zip`;

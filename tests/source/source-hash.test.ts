import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// SHA-256 of ../shared/source/cybersecurity2020.txt, the one input, taken when it was copied in.
const SEED_SHA256 = '5d9bee687983535e26141b7b527e46ac2489b487244a97de8f7135b6c18fdd75';

test('content/source/cybersecurity2020.txt is a byte-identical copy of the seed', () => {
  const bytes = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'source', 'cybersecurity2020.txt'));
  assert.equal(createHash('sha256').update(bytes).digest('hex'), SEED_SHA256);
  assert.equal(bytes.length, 1_207_591);
});

/**
 * A content fingerprint for change detection: is a compiled model older than its YAML? The first
 * 64 bits of SHA-256 over the parts, each ended by a NUL so ['ab', 'c'] and ['a', 'bc'] differ.
 */

import { createHash } from 'node:crypto';

export function fingerprint(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

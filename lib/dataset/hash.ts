// Deterministic hashing that gives the same answer in Node and in the browser (no crypto APIs,
// which are async in the browser and differ in availability between contexts).

/** cyrb53: a fast 53-bit string hash; returned as 14 hex digits. */
export function cyrb53(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/** JSON with object keys sorted, so equal content always serializes (and hashes) the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        sorted[k] = (v as Record<string, unknown>)[k];
      }
      return sorted;
    }
    return v;
  });
}

/**
 * Fingerprint of an article's text that survives the differences between a seed file and the
 * same article read off a rendered page: whitespace and full-/half-width punctuation.
 */
export function textFingerprint(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0\u3000]+/g, '');
  return cyrb53(folded);
}

/**
 * A name-based UUID (version 8, RFC 9562 layout) from a string: the same page and sentence always give
 * the same annotation id, so the CLI's and the extension's exports of one page are equal. Two
 * independent 53-bit FNV-style hashes fill the 122 free bits well enough for ids (not for security).
 */
function hash53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function nameUuid(name: string): string {
  const hex = (hash53(name, 1).toString(16).padStart(14, '0') + hash53(name, 2).toString(16).padStart(14, '0') + hash53(name, 3).toString(16).padStart(14, '0')).slice(0, 32);
  const chars = hex.split('');
  chars[12] = '8';
  chars[16] = ((parseInt(chars[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = chars.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

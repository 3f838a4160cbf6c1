/**
 * Crockford base32 (no I, L, O, U, so codes survive being read aloud and copied by hand) and a CRC-24
 * check (the OpenPGP polynomial), which catches every single mistyped character and every swap of two
 * neighbouring characters, and lets a random string through about once in 16 million.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Value of a Crockford character, forgiving O→0 and I/L→1; -1 when not a code character (U included). */
export function charValue(ch: string): number {
  const c = ch.toUpperCase();
  if (c === 'O') return 0;
  if (c === 'I' || c === 'L') return 1;
  return ALPHABET.indexOf(c);
}

export class BitWriter {
  private bits: number[] = [];
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push((value >>> i) & 1);
  }
  get length(): number {
    return this.bits.length;
  }
  toBits(): number[] {
    return [...this.bits];
  }
}

/** Reads fixed-width numbers from a bit list; returns null past the end instead of throwing. */
export class BitReader {
  private at = 0;
  constructor(private readonly bits: readonly number[]) {}
  read(width: number): number | null {
    if (this.at + width > this.bits.length) return null;
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + (this.bits[this.at + i] ?? 0);
    this.at += width;
    return v;
  }
  get position(): number {
    return this.at;
  }
}

export function bitsToChars(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    let v = 0;
    for (let j = 0; j < 5; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}

export function charsToBits(chars: string): number[] | null {
  const bits: number[] = [];
  for (const ch of chars) {
    const v = charValue(ch);
    if (v < 0) return null;
    for (let j = 4; j >= 0; j--) bits.push((v >>> j) & 1);
  }
  return bits;
}

/** CRC-24/OpenPGP over a list of bytes. */
export function crc24(bytes: readonly number[]): number {
  let crc = 0xb704ce;
  for (const b of bytes) {
    crc ^= (b & 0xff) << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** Bits packed into bytes, most significant first, the last byte padded with zeros. */
export function bitsToBytes(bits: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    let v = 0;
    for (let j = 0; j < 8; j++) v = v * 2 + (bits[i + j] ?? 0);
    out.push(v);
  }
  return out;
}

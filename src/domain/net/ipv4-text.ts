/**
 * ipv4-text: strict dotted-quad IPv4 parsing and formatting on plain numbers.
 *
 * Hand-written instead of ipaddr.js because ipaddr.js accepts octal, hex and short forms
 * ("010.1.1.1", "0x0a.1", "10.1") that mean different addresses to different tools, and because
 * this runs on every address of every resource in hot loops: a char loop with no allocation.
 */

/** parseIpv4Number returns the address as an unsigned 32-bit number, or -1 when the text is not a strict dotted quad. */
export function parseIpv4Number(text: string): number {
  const len = text.length;
  if (len < 7 || len > 15) return -1;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let leadingZero = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0) leadingZero = c === 48;
      else if (leadingZero) return -1;
      octet = octet * 10 + (c - 48);
      digits++;
      if (octet > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      return -1;
    }
  }
  if (digits === 0 || dots !== 3) return -1;
  return value * 256 + octet;
}

/** formatIpv4Number renders an unsigned 32-bit number as a dotted quad. */
export function formatIpv4Number(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/**
 * explainIpv4Problem says why `text` (known to fail parseIpv4Number) is not a dotted quad.
 * Only called on the error path, so it may allocate freely.
 */
export function explainIpv4Problem(text: string): string {
  const parts = text.split('.');
  if (parts.length !== 4) return 'an IPv4 address has four decimal octets separated by dots';
  for (const part of parts) {
    if (part === '') return 'an octet is empty';
    if (!/^[0-9]+$/.test(part)) return `octet "${part}" is not a decimal number`;
    if (part.length > 1 && part.startsWith('0')) {
      return `octet "${part}" has a leading zero, which is ambiguous (octal or decimal?)`;
    }
    if (Number(part) > 255) return `octet "${part}" is greater than 255`;
  }
  return 'an IPv4 address has four decimal octets separated by dots';
}

import { classifyResourceAddress, type ResourceKind } from '@/domain/net';
import { validateNetworkResource, type ResourceNameLookup } from '../validate/network-resource';
import type { RefLookup } from '../validate/field-issue';

/**
 * paste-resources: "paste many addresses at once", one resource per line. Every line is checked
 * with the same validator the control plane uses (classifyResourceAddress for the address, with
 * the domain rules; validateNetworkResource for name, groups and uniqueness) BEFORE anything is
 * created: a batch with one bad line creates nothing, and each bad line is named.
 */

export interface PastedResource {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The resource name: the address as typed (trimmed); names must be unique across the account. */
  name: string;
  /** The address as NetBird stores it (a bare IP becomes /32 or /128, domains lower-case punycode). */
  address: string;
  type: ResourceKind;
  wildcard: boolean;
}

export interface PasteLineError {
  line: number;
  text: string;
  message: string;
}

export type PasteResult = { kind: 'ok'; resources: PastedResource[] } | { kind: 'errors'; errors: PasteLineError[] } | { kind: 'empty' };

/** parsePastedResources: every non-empty line validated; the batch is ok only when every line is. */
export function parsePastedResources(text: string, groups: readonly string[], refs: RefLookup, names: ResourceNameLookup): PasteResult {
  const resources: PastedResource[] = [];
  const errors: PasteLineError[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const value = raw.trim();
    if (value === '') return;
    const address = classifyResourceAddress(value);
    const issues = validateNetworkResource({ name: value, address: value, groups }, refs, names);
    // The group issue is the same on every line; it is reported once, for the batch, by the caller's group field.
    const own = issues.filter((x) => x.field !== 'groups');
    if (own.length > 0) {
      errors.push({ line, text: value, message: own.map((x) => x.message).join('; ') });
      return;
    }
    if (!address.ok) return;
    const first = seen.get(address.value.address);
    if (first !== undefined) {
      errors.push({ line, text: value, message: `${address.value.address} is already on line ${first}` });
      return;
    }
    seen.set(address.value.address, line);
    resources.push({ line, name: value, address: address.value.address, type: address.value.type, wildcard: address.value.wildcard });
  });
  if (errors.length > 0) return { kind: 'errors', errors };
  if (resources.length === 0) return { kind: 'empty' };
  return { kind: 'ok', resources };
}

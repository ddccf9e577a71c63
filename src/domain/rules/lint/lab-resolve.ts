import type { AccountIndex } from '@/domain/account';
import { parseIp, type DomainName, type IpAddress } from '@/domain/net';
import { labDnsAnswers, labDnsNames } from '@/domain/trace/lab-dns';

/**
 * lab-resolve: what a domain resource resolves to, according to the snapshot's `lab.dns` (the
 * stand-in for resolvers the console cannot query). An exact name is looked up directly; a
 * wildcard "*.corp.example" resolves every lab name below corp.example, found through an index of
 * lab names by suffix built once per account.
 */

export interface LabAnswer {
  name: string;
  ip: IpAddress;
}

const cache = new WeakMap<AccountIndex, ReadonlyMap<string, readonly string[]>>();

/** namesBySuffix: every exact lab name under each of its parent domains ("a.b.c" under "b.c" and "c"). */
function namesBySuffix(index: AccountIndex): ReadonlyMap<string, readonly string[]> {
  let m = cache.get(index);
  if (m === undefined) {
    const built = new Map<string, string[]>();
    // the lab DNS table has already normalized every key (and set wildcards apart)
    for (const name of labDnsNames(index)) {
      for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        const suffix = name.slice(dot + 1);
        const list = built.get(suffix);
        if (list === undefined) built.set(suffix, [name]);
        else list.push(name);
      }
    }
    m = built;
    cache.set(index, m);
  }
  return m;
}

function answersOf(index: AccountIndex, name: string): LabAnswer[] {
  const out: LabAnswer[] = [];
  for (const text of labDnsAnswers(index, name)) {
    const ip = parseIp(text);
    if (ip.ok) out.push({ name, ip: ip.value });
  }
  return out;
}

/** labAnswersFor: the lab's answers for a domain resource's name, or for every lab name a wildcard covers. */
export function labAnswersFor(index: AccountIndex, domain: DomainName): LabAnswer[] {
  if (!domain.wildcard) return answersOf(index, domain.ascii);
  return (namesBySuffix(index).get(domain.ascii.slice(2)) ?? []).flatMap((name) => answersOf(index, name));
}

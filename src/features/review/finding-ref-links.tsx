import { Link } from '@/lib/router';
import { refKindText, type NamedRef } from '@/domain/review/named-ref';
import { findingRefPath } from './finding-ref-path';

/** FindingRefLinks: the objects a finding names, each linked to its page and called by its name. */
export function FindingRefLinks({ refs }: { refs: readonly NamedRef[] }) {
  if (refs.length === 0) return null;
  return (
    <ul aria-label="Objects" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {refs.map((r) => {
        const path = findingRefPath(r);
        return (
          <li key={`${r.type}:${r.id}`} className="flex items-baseline gap-1">
            <span className="text-muted-foreground">{refKindText(r)}</span>
            {path === null ? (
              <span className="font-medium">{r.name}</span>
            ) : (
              <Link to={path} className="font-medium text-primary hover:underline">
                {r.name}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

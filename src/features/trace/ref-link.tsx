import { Fragment, type ReactNode } from 'react';
import { Link } from '@/lib/router';
import { refName, refPath } from '@/components/ref-paths';
import type { AccountIndex } from '@/domain/account';
import { messageRefs, type TraceRef } from '@/domain/trace';
import { cn } from '@/lib/cn';

/**
 * RefLink: an object a trace names, linked to its page and called by its name. `weight="normal"`
 * where the link is secondary to a bolder name next to it.
 */
export function RefLink({
  index,
  target,
  children,
  weight = 'medium',
  className,
}: {
  index: AccountIndex;
  target: TraceRef;
  children?: ReactNode;
  weight?: 'medium' | 'normal';
  className?: string;
}) {
  return (
    <Link to={refPath(target)} className={cn('text-primary hover:underline', weight === 'medium' ? 'font-medium' : 'font-normal', className)}>
      {children ?? refName(index, target)}
    </Link>
  );
}

/** LinkedMessage: a stage message with every object id in it linked to the object's page. */
export function LinkedMessage({ index, message }: { index: AccountIndex; message: string }) {
  return (
    <>
      {messageRefs(index, message).map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <Link key={i} to={refPath(part.ref)} title={refName(index, part.ref)} className="font-mono text-[0.92em] text-primary underline decoration-primary/30 underline-offset-2 hover:decoration-primary">
            {part.text}
          </Link>
        ),
      )}
    </>
  );
}

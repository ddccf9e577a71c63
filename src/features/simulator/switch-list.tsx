import { formatClock, type SimResult } from '@/domain/sim';

/** MAX_ITEMS: a long run lists its first switches; the counts above cover all. */
const MAX_ITEMS = 300;

/**
 * SwitchList: every switch of the run as text (time, client, route, from → to, NetBird's reason,
 * flows reset); a time jumps the clock there. This is the timeline for screen readers and tests.
 */
export function SwitchList({
  result,
  name,
  routeLabel,
  onSeek,
}: {
  result: SimResult;
  name: (peerId: string | null) => string;
  routeLabel: (key: string) => string;
  onSeek: (t: number) => void;
}) {
  const shown = result.switches.slice(0, MAX_ITEMS);
  return (
    <section aria-label="Switches" className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">
        {result.switches.length} switch{result.switches.length === 1 ? '' : 'es'} · {result.resets} established TCP flow{result.resets === 1 ? '' : 's'} reset
      </h3>
      {shown.length === 0 ? (
        <p className="text-sm text-muted-foreground">No client changed routing peer. Stop a routing peer, make it relayed or slow it down to see one.</p>
      ) : (
        <ol className="flex max-h-80 flex-col divide-y overflow-auto rounded-md border text-sm">
          {shown.map((s, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-3 py-1.5">
              <button type="button" className="font-mono text-xs tabular-nums text-primary hover:underline" onClick={() => onSeek(s.t)} aria-label={`Go to ${formatClock(s.t)}`}>
                {formatClock(s.t)}
              </button>
              <span>
                <span className="font-medium">{name(s.client)}</span> · {routeLabel(s.route)}: {name(s.from)} → {name(s.to)}
              </span>
              <span className="text-muted-foreground">
                {s.reason}
                {s.resets > 0 ? ` (${s.resets} TCP flow${s.resets === 1 ? '' : 's'} reset)` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {result.switches.length > shown.length ? <p className="text-xs text-muted-foreground">Listing the first {shown.length}.</p> : null}
    </section>
  );
}

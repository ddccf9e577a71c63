import { useMemo } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { changeAt, peerOnline, routeCandidates, routeTargetsText, type SimResult, type SimWorld } from '@/domain/sim';
import { colorMap } from './palette';

/**
 * Topology: for the route on the timeline, clients → routing peers → resources at the current
 * time, each client's line drawn to the routing peer that carries it now (coloured like the
 * timeline), and the same paths as a list.
 */

const W = 900;
const ROW = 30;
const HEAD = 24;
const NODE_H = 22;
const COLS = { client: 10, peer: 340, target: 640 } as const;
const NODE_W = { client: 200, peer: 200, target: 250 } as const;
const MAX_CLIENTS = 24;

function Node({ x, y, w, label, muted = false, color }: { x: number; y: number; w: number; label: string; muted?: boolean; color?: string | undefined }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={NODE_H} rx={5} className={muted ? 'fill-muted stroke-border' : 'fill-card stroke-border'} />
      {color !== undefined ? <rect x={x} y={y} width={5} height={NODE_H} rx={2} style={{ fill: color }} /> : null}
      <text x={x + 11} y={y + 15} className={muted ? 'fill-muted-foreground text-[12px]' : 'fill-foreground text-[12px]'}>
        {label.length > 30 ? `${label.slice(0, 29)}…` : label}
      </text>
    </g>
  );
}

export function Topology({ result, world, route }: { result: SimResult; world: SimWorld; route: string | null }) {
  const { index } = world;
  const name = (id: string) => index.peers.get(id)?.name ?? id;
  const data = useMemo(() => {
    if (route === null) return null;
    const tracks = result.tracks.filter((tr) => tr.route === route);
    const peers = routeCandidates(index, route);
    const paths = tracks.map((tr) => ({ client: tr.client, now: changeAt(tr, world.t) }));
    return { peers, targets: routeTargetsText(index, route), paths, colors: colorMap(peers) };
  }, [index, result, route, world.t]);
  if (data === null) return null;
  const shown = data.paths.slice(0, MAX_CLIENTS);
  const rows = Math.max(shown.length, data.peers.length, data.targets.length, 1);
  const height = HEAD + rows * ROW + 10;
  const yOf = (i: number, n: number) => HEAD + 5 + ((rows - n) * ROW) / 2 + i * ROW;
  const peerIndex = new Map(data.peers.map((p, i) => [p, i]));
  const busy = new Set(data.paths.flatMap((p) => (p.now?.state === 'routed' && p.now.peer !== null ? [p.now.peer] : [])));

  return (
    <Card aria-label="Topology">
      <CardHeader>
        <CardTitle>Topology now</CardTitle>
        <CardDescription>Clients → routing peers → resources, with the path each client takes at the current time.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="overflow-x-auto">
          <svg viewBox={`0 0 ${W} ${height}`} className="w-full min-w-[680px]" role="img" aria-label="Topology diagram (the list below says the same)">
            {(['client', 'peer', 'target'] as const).map((col) => (
              <text key={col} x={COLS[col]} y={14} className="fill-muted-foreground text-[11px] font-medium uppercase tracking-wide">
                {col === 'client' ? 'Clients' : col === 'peer' ? 'Routing peers' : 'Resources'}
              </text>
            ))}
            {shown.map((p, i) => {
              const pi = p.now?.peer != null ? peerIndex.get(p.now.peer) : undefined;
              if (pi === undefined || p.now?.state !== 'routed') return null;
              const y1 = yOf(i, shown.length) + NODE_H / 2;
              const y2 = yOf(pi, data.peers.length) + NODE_H / 2;
              return <line key={p.client} x1={COLS.client + NODE_W.client} y1={y1} x2={COLS.peer} y2={y2} strokeWidth={2} style={{ stroke: data.colors.get(p.now.peer ?? '') }} />;
            })}
            {data.peers.map((peer, pi) =>
              busy.has(peer)
                ? data.targets.map((_, ti) => (
                    <line
                      key={`${peer}-${ti}`}
                      x1={COLS.peer + NODE_W.peer}
                      y1={yOf(pi, data.peers.length) + NODE_H / 2}
                      x2={COLS.target}
                      y2={yOf(ti, data.targets.length) + NODE_H / 2}
                      strokeWidth={2}
                      style={{ stroke: data.colors.get(peer) }}
                    />
                  ))
                : null,
            )}
            {shown.map((p, i) => (
              <Node key={p.client} x={COLS.client} y={yOf(i, shown.length)} w={NODE_W.client} label={name(p.client)} muted={p.now?.state !== 'routed'} />
            ))}
            {data.peers.map((peer, i) => (
              <Node key={peer} x={COLS.peer} y={yOf(i, data.peers.length)} w={NODE_W.peer} label={peerOnline(world.lab, peer) ? name(peer) : `${name(peer)} (stopped)`} color={data.colors.get(peer)} muted={!busy.has(peer)} />
            ))}
            {data.targets.map((text, i) => (
              <Node key={text} x={COLS.target} y={yOf(i, data.targets.length)} w={NODE_W.target} label={text} />
            ))}
          </svg>
        </div>
        <ul aria-label="Paths now" className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {data.paths.slice(0, 200).map((p) => (
            <li key={p.client}>
              <span className="font-medium">{name(p.client)}</span> →{' '}
              {p.now?.state === 'routed' && p.now.peer !== null ? (
                <>
                  {name(p.now.peer)} → {data.targets.join(', ') || 'its destinations'}
                </>
              ) : (
                <span className="text-muted-foreground">{p.now === null ? 'not yet' : p.now.state === 'offline' ? 'offline' : p.now.state === 'not-received' ? 'route not received' : 'no routing peer available'}</span>
              )}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

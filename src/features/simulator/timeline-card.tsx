import { useId, useMemo } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { changeAt, routeCandidates, type SimResult, type SimWorld } from '@/domain/sim';
import { holdsText } from './holds-text';
import { colorMap } from './palette';
import { routeOptionText, type RouteOption } from './route-choice';
import { SwitchList } from './switch-list';
import { TimelineChart } from './timeline-chart';

interface Props {
  result: SimResult;
  world: SimWorld;
  options: readonly RouteOption[];
  route: string | null;
  onRoute: (key: string) => void;
  onSeek: (t: number) => void;
}

/** TimelineCard: the chosen route's timeline, its legend (who carries how many clients now), and every switch. */
export function TimelineCard({ result, world, options, route, onRoute, onSeek }: Props) {
  const pickerId = useId();
  const { index } = world;
  const name = (id: string | null) => (id === null ? 'none' : (index.peers.get(id)?.name ?? id));
  const routeLabel = (key: string) => options.find((o) => o.key === key)?.label ?? key;
  const tracks = useMemo(() => result.tracks.filter((tr) => tr.route === route), [result, route]);
  const peers = useMemo(() => {
    if (route === null) return [];
    const ids = routeCandidates(index, route);
    for (const tr of tracks) for (const c of tr.changes) if (c.peer !== null && !ids.includes(c.peer)) ids.push(c.peer);
    return ids;
  }, [index, route, tracks]);
  const colors = useMemo(() => colorMap(peers), [peers]);
  const carrying = (peer: string) => tracks.filter((tr) => changeAt(tr, world.t)?.peer === peer).length;
  const current = options.find((o) => o.key === route);
  const held = holdsText(tracks);

  return (
    <Card aria-label="Timeline">
      <CardHeader>
        <CardTitle>Timeline</CardTitle>
        <CardDescription>Which routing peer carries each client’s traffic over time; click the chart to move the clock.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {options.length === 0 ? (
          <p className="text-sm text-muted-foreground">No client receives a route in this account, so there is nothing to route.</p>
        ) : (
          <>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={pickerId}>Route</Label>
              <Select value={route ?? undefined} onValueChange={onRoute}>
                <SelectTrigger id={pickerId} fullWidth={false} className="w-96 max-w-full">
                  <SelectValue>{current ? routeOptionText(current) : 'Pick a route'}</SelectValue>
                </SelectTrigger>
                <SelectContent>
                  {options.map((o) => (
                    <SelectItem key={o.key} value={o.key}>
                      {routeOptionText(o)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <TimelineChart
              title={`Timeline of ${current?.label ?? route ?? ''}: the routing peer carrying each client`}
              tracks={tracks}
              switches={result.switches.filter((s) => s.route === route)}
              duration={result.duration_s}
              t={world.t}
              colors={colors}
              name={name}
              onSeek={onSeek}
            />
            <ul aria-label="Legend" className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {peers.map((p) => (
                <li key={p} className="flex items-center gap-2">
                  <span aria-hidden="true" className="size-3 rounded-sm" style={{ background: colors.get(p) }} />
                  {name(p)}: carries {carrying(p)} now
                </li>
              ))}
              <li className="flex items-center gap-2">
                <span aria-hidden="true" className="size-3 rounded-sm bg-destructive/35" />
                no routing peer
              </li>
              <li className="flex items-center gap-2">
                <span aria-hidden="true" className="size-3 rounded-sm bg-muted-foreground/25" />
                client offline
              </li>
            </ul>
            {held !== null ? <p className="text-sm text-muted-foreground">{held}</p> : null}
          </>
        )}
        <SwitchList result={result} name={name} routeLabel={routeLabel} onSeek={onSeek} />
      </CardContent>
    </Card>
  );
}

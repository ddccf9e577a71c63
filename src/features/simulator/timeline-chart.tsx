import { useId, type MouseEvent } from 'react';
import { clockTicks, formatClock, trackSegments, type SimSwitch, type SimTrack, type TrackSegment } from '@/domain/sim';

/**
 * TimelineChart: time across, one row per client, each stretch coloured by the routing peer that
 * carries it; switches are marked (hover shows NetBird's reason) and the current time is a line.
 * Plain SVG: the page stays light, and the switch list next to it says everything in text.
 */

const W = 1000;
const GUTTER = 170;
const PAD_RIGHT = 12;
const AXIS = 22;
const ROW = 26;
/** MAX_ROWS: more clients than this are summarized (the switch list still has every one). */
export const MAX_ROWS = 40;

interface Props {
  title: string;
  tracks: readonly SimTrack[];
  switches: readonly SimSwitch[];
  duration: number;
  t: number;
  colors: ReadonlyMap<string, string>;
  name: (peerId: string) => string;
  onSeek: (t: number) => void;
}

function segmentFill(s: TrackSegment, colors: ReadonlyMap<string, string>): { fill?: string; className?: string } {
  switch (s.state) {
    case 'routed':
      return s.peer === null ? { className: 'fill-muted' } : { fill: colors.get(s.peer) ?? 'var(--color-muted-foreground)' };
    case 'no-peer':
      return { className: 'fill-destructive/35' };
    case 'offline':
      return { className: 'fill-muted-foreground/25' };
    case 'not-received':
      return { className: 'fill-transparent stroke-border' };
  }
}

export function TimelineChart({ title, tracks, switches, duration, t, colors, name, onSeek }: Props) {
  const titleId = useId();
  const shown = tracks.slice(0, MAX_ROWS);
  const height = AXIS + shown.length * ROW + 6;
  const span = W - GUTTER - PAD_RIGHT;
  const x = (time: number) => GUTTER + (duration > 0 ? (time / duration) * span : 0);
  const rowOf = new Map(shown.map((tr, i) => [tr.client, i]));
  const seek = (e: MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const vx = ((e.clientX - rect.left) / rect.width) * W;
    if (vx >= GUTTER) onSeek(Math.round(((vx - GUTTER) / span) * duration));
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${W} ${height}`} className="w-full min-w-[720px] cursor-crosshair select-none" role="img" aria-labelledby={titleId} onClick={seek}>
          <title id={titleId}>{title}</title>
          {clockTicks(duration).map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={AXIS - 4} y2={height} className="stroke-border" strokeWidth={1} />
              <text x={x(tick)} y={12} textAnchor={tick === duration ? 'end' : 'middle'} className="fill-muted-foreground text-[11px]">
                {formatClock(tick)}
              </text>
            </g>
          ))}
          {shown.map((track, i) => {
            const y = AXIS + i * ROW;
            return (
              <g key={track.client}>
                <text x={GUTTER - 8} y={y + ROW / 2 + 4} textAnchor="end" className="fill-foreground text-[12px]">
                  {name(track.client).slice(0, 24)}
                </text>
                {trackSegments(track, duration).map((s) => {
                  const fill = segmentFill(s, colors);
                  return (
                    <rect key={s.start} x={x(s.start)} y={y + 4} width={Math.max(1, x(s.end) - x(s.start))} height={ROW - 8} rx={3} {...fill} strokeDasharray={s.state === 'not-received' ? '3 3' : undefined}>
                      <title>{`${name(track.client)}, ${formatClock(s.start)}–${formatClock(s.end)}: ${s.state === 'routed' && s.peer !== null ? `via ${name(s.peer)}` : s.state.replace('-', ' ')}`}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })}
          {switches.map((s, i) => {
            const row = rowOf.get(s.client);
            if (row === undefined) return null;
            const y = AXIS + row * ROW;
            return (
              <g key={i}>
                <line x1={x(s.t)} x2={x(s.t)} y1={y + 1} y2={y + ROW - 1} className="stroke-foreground" strokeWidth={2} />
                <circle cx={x(s.t)} cy={y + 3} r={3.5} className="fill-foreground">
                  <title>{`${formatClock(s.t)} ${name(s.client)}: ${s.reason}`}</title>
                </circle>
              </g>
            );
          })}
          <line x1={x(t)} x2={x(t)} y1={AXIS - 6} y2={height} className="stroke-primary" strokeWidth={2} />
        </svg>
      </div>
      {tracks.length > shown.length ? (
        <p className="text-xs text-muted-foreground">
          Showing the first {shown.length} of {tracks.length} clients; the switch list has all of them.
        </p>
      ) : null}
    </div>
  );
}

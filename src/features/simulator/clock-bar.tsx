import { PauseIcon, PlayIcon, SkipBackIcon } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { formatClock } from '@/domain/sim';
import { SPEEDS, type Clock, type Speed } from './use-clock';

/** ClockBar: play/pause, speed, and a slider over the whole scenario, with the time as text. */
export function ClockBar({ clock, duration }: { clock: Clock; duration: number }) {
  const sliderId = useId();
  const speedId = useId();
  return (
    <div className="flex flex-wrap items-center gap-3" role="group" aria-label="Clock">
      <Button variant="outline" size="icon" onClick={() => clock.setT(0)} aria-label="Back to the start">
        <SkipBackIcon aria-hidden="true" />
      </Button>
      <Button onClick={() => clock.setPlaying(!clock.playing)} className="w-24">
        {clock.playing ? <PauseIcon aria-hidden="true" /> : <PlayIcon aria-hidden="true" />}
        {clock.playing ? 'Pause' : 'Play'}
      </Button>
      <div className="flex items-center gap-2">
        <Label htmlFor={speedId}>Speed</Label>
        <Select value={String(clock.speed)} onValueChange={(v) => clock.setSpeed(Number(v) as Speed)}>
          <SelectTrigger id={speedId} fullWidth={false} className="w-24">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {SPEEDS.map((s) => (
              <SelectItem key={s} value={String(s)}>
                {s}×
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="flex min-w-64 flex-1 items-center gap-3">
        <label htmlFor={sliderId} className="sr-only">
          Simulated time (seconds)
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={duration}
          step={1}
          value={Math.floor(clock.t)}
          aria-valuetext={`${formatClock(clock.t)} of ${formatClock(duration)}`}
          onChange={(e) => {
            clock.setPlaying(false);
            clock.setT(Number(e.target.value));
          }}
          className="h-2 flex-1 cursor-pointer accent-primary"
        />
        <output htmlFor={sliderId} className="w-28 text-right font-mono text-sm tabular-nums" aria-live="off">
          {formatClock(clock.t)} / {formatClock(duration)}
        </output>
      </div>
    </div>
  );
}

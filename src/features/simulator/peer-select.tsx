import { useId } from 'react';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

/** PeerSelect: a labelled choice of one peer, by name (the simulator's peer views and the lab's links editor). */
export function PeerSelect({
  label,
  peers,
  value,
  onChange,
}: {
  label: string;
  peers: readonly { id: string; name: string }[];
  value: string;
  onChange: (peerId: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id={id} fullWidth={false} className="w-72">
          <SelectValue>{peers.find((p) => p.id === value)?.name ?? value}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {peers.map((p) => (
            <SelectItem key={p.id} value={p.id}>
              {p.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { AccountIndex } from '@/domain/account';
import { DestinationField } from './destination-field';
import { SourcePeerField } from './source-peer-field';
import { effectiveProtocol, protocolTakesPort, readPortField, TRACE_PROTOCOLS, type TraceInputs, type TraceProtocolChoice } from './trace-inputs';

const PROTOCOL_LABELS: Readonly<Record<TraceProtocolChoice, string>> = { tcp: 'TCP', udp: 'UDP', icmp: 'ICMP', all: 'All' };

/**
 * TraceForm: the packet to trace. Every change traces again at once (the engine takes
 * microseconds), so there is no submit button.
 */
export function TraceForm({
  index,
  inputs,
  destinationPort,
  onChange,
}: {
  index: AccountIndex;
  inputs: TraceInputs;
  /** The port written in the destination ("host:443"), if any. */
  destinationPort: number | null;
  onChange: (patch: Partial<TraceInputs>) => void;
}) {
  const protocol = effectiveProtocol(inputs, destinationPort);
  const takesPort = protocolTakesPort(protocol);
  const port = readPortField(inputs.port);
  return (
    <form role="search" aria-label="Packet to trace" className="grid gap-x-4 gap-y-2 md:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_9rem_8rem]" onSubmit={(e) => e.preventDefault()}>
      <SourcePeerField index={index} value={inputs.from} onChange={(from) => onChange({ from })} />
      <DestinationField index={index} value={inputs.to} onChange={(to) => onChange({ to })} />
      <div className="flex flex-col gap-2">
        <Label htmlFor="trace-protocol">Protocol</Label>
        <Select value={protocol} onValueChange={(v) => onChange({ proto: v as TraceProtocolChoice })}>
          <SelectTrigger id="trace-protocol" aria-describedby="trace-protocol-hint">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {TRACE_PROTOCOLS.map((p) => (
              <SelectItem key={p} value={p}>
                {PROTOCOL_LABELS[p]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <p id="trace-protocol-hint" className="min-h-5 text-xs text-muted-foreground">
          {inputs.proto === null ? 'Default: TCP with a port, else all.' : ''}
        </p>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="trace-port">Port</Label>
        <Input
          id="trace-port"
          inputMode="numeric"
          value={takesPort ? inputs.port : ''}
          disabled={!takesPort}
          placeholder={takesPort ? (destinationPort !== null ? String(destinationPort) : 'any') : 'n/a'}
          aria-invalid={port.kind === 'invalid' || undefined}
          aria-describedby="trace-port-hint"
          onChange={(e) => onChange({ port: e.target.value })}
        />
        <p id="trace-port-hint" className="min-h-5 text-xs text-muted-foreground">
          {port.kind === 'invalid' && takesPort ? <span className="text-destructive">{port.error}</span> : takesPort ? '' : `No ports with ${PROTOCOL_LABELS[protocol]}.`}
        </p>
      </div>
    </form>
  );
}

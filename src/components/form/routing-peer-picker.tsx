import { useId } from 'react';
import { Field } from './field';
import { GroupPicker } from './group-picker';
import { PeerPicker } from './peer-picker';

/** RoutingPeerMode: NetBird's routes and routers name one `peer` or some `peer_groups`, never both. */
export type RoutingPeerMode = 'peer' | 'group';

export interface RoutingPeerPickerProps {
  mode: RoutingPeerMode;
  onModeChange: (mode: RoutingPeerMode) => void;
  peer: string;
  onPeerChange: (id: string) => void;
  peerGroups: readonly string[];
  onPeerGroupsChange: (ids: string[]) => void;
  peerError?: string | undefined;
  peerGroupsError?: string | undefined;
  /** Ids of the two fields, so a warning elsewhere can focus them. */
  peerId?: string;
  peerGroupsId?: string;
}

/**
 * RoutingPeerPicker: who routes: one peer, or every peer of some groups. The choice is a radio
 * pair rather than two fields, because NetBird refuses a route or router that sets both, and
 * switching keeps what was picked on the other side in case the admin switches back.
 */
export function RoutingPeerPicker(props: RoutingPeerPickerProps) {
  const name = useId();
  const choices: { value: RoutingPeerMode; label: string }[] = [
    { value: 'peer', label: 'One peer' },
    { value: 'group', label: 'Peer groups' },
  ];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1.5 text-sm font-medium">Routing peer</legend>
      <div role="radiogroup" aria-label="Routing peer is" className="flex flex-wrap gap-4 text-sm">
        {choices.map((c) => (
          <label key={c.value} className="flex cursor-pointer items-center gap-2">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={props.mode === c.value}
              onChange={() => props.onModeChange(c.value)}
              className="size-4 accent-primary"
            />
            {c.label}
          </label>
        ))}
      </div>
      {props.mode === 'peer' ? (
        <Field label="Peer" id={props.peerId} error={props.peerError} description="The NetBird peer that forwards the traffic.">
          {(control) => <PeerPicker control={control} value={props.peer || undefined} onChange={(id) => props.onPeerChange(id ?? '')} />}
        </Field>
      ) : (
        <Field
          label="Peer groups"
          id={props.peerGroupsId}
          error={props.peerGroupsError}
          description="Every peer of these groups routes; each distinct peer counts once for high availability."
        >
          {(control) => <GroupPicker control={control} value={props.peerGroups} onChange={props.onPeerGroupsChange} />}
        </Field>
      )}
    </fieldset>
  );
}

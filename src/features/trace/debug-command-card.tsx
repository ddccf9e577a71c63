import { Fragment } from 'react';
import { CopyButton } from '@/components/copy-button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import type { DebugTraceCommand, DebugTraceHost } from '@/domain/trace';
import { RefLink } from './ref-link';

function hostText(host: DebugTraceHost): string {
  switch (host) {
    case 'routing-peer':
      return 'the routing peer';
    case 'destination-peer':
      return 'the destination peer';
    case 'client':
      return 'the client (the packet never reached a routing peer)';
    default:
      return assertNever(host);
  }
}

/**
 * DebugCommandCard: the same packet through the real firewall. The console predicts; `netbird
 * debug trace` on the peer that decides confirms (it needs the daemon, usually root).
 */
export function DebugCommandCard({ index, command }: { index: AccountIndex; command: DebugTraceCommand }) {
  return (
    <Card aria-label="Confirm on the peer">
      <CardHeader>
        <CardTitle>Confirm on the peer</CardTitle>
        <CardDescription>
          Run on <RefLink index={index} target={{ type: 'peer', id: command.peer_id }} />, {hostText(command.host)}:
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        <div className="flex items-start gap-2 rounded-md border bg-muted/50 py-1 pl-3 pr-1">
          <code className="min-w-0 flex-1 py-1.5 font-mono text-xs leading-relaxed">
            {/* Wrap between words only, never inside an address or a flag. */}
            {command.command.split(' ').map((word, i) => (
              <Fragment key={i}>
                {i > 0 ? ' ' : null}
                <span className="whitespace-nowrap">{word}</span>
              </Fragment>
            ))}
          </code>
          <CopyButton value={command.command} label="Copy command" />
        </div>
        {command.notes.length > 0 ? (
          <ul className="flex list-disc flex-col gap-1 pl-5 text-xs text-muted-foreground">
            {command.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}

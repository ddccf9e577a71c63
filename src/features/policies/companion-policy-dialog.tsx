import { useState } from 'react';
import { Link } from '@/lib/router';
import type { Policy } from '@/api';
import { useCreatePolicy } from '@/api/mutations';
import { Field, FieldErrorText, FormError } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { AccountIndex } from '@/domain/account';
import { companionInputPolicy, type CompanionSource, type CompanionTarget } from '@/domain/rules/editor/policy-companion';
import { validatePolicy } from '@/domain/rules/validate/policy';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import type { ResourceLookup } from '@/domain/rules/validate/group';
import { protocolLabel } from './policy-text';
import { parsePortsText } from './ports-text';
import { policyPath } from './paths';

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;
type CompanionProtocol = (typeof PROTOCOLS)[number];
const isCompanionProtocol = (v: string): v is CompanionProtocol => (PROTOCOLS as readonly string[]).includes(v);

export interface CompanionPolicyDialogProps {
  index: AccountIndex;
  refs: RefLookup & ResourceLookup;
  source: CompanionSource;
  target: CompanionTarget;
  /** Why it cannot be created yet (e.g. the rule has no sources); shown next to the disabled button. */
  disabledReason?: string | undefined;
}

/**
 * CompanionPolicyDialog: one click to the docs' second policy (Grafana + SSH example): the same
 * sources to the routing peers themselves, on the ports chosen here. The draft is checked with the
 * server's validator before it is sent; the created policy is linked so the admin can open it.
 */
export function CompanionPolicyDialog({ index, refs, source, target, disabledReason }: CompanionPolicyDialogProps) {
  const [open, setOpen] = useState(false);
  const [protocol, setProtocol] = useState<CompanionProtocol>('tcp');
  const [portsText, setPortsText] = useState('22');
  const [issues, setIssues] = useState<string[]>([]);
  const [created, setCreated] = useState<Policy | null>(null);
  const create = useCreatePolicy();

  const submit = () => {
    const parsed = parsePortsText(protocol === 'tcp' || protocol === 'udp' ? portsText : '');
    const draft = companionInputPolicy(index, source, target, { protocol, ports: parsed.ports, port_ranges: parsed.port_ranges });
    const found = [...parsed.unreadable, ...validatePolicy(draft, refs).map((i) => i.message)];
    setIssues(found);
    if (found.length > 0) return;
    create.mutate(draft, {
      onSuccess: (policy) => {
        setCreated(policy);
        setOpen(false);
      },
    });
  };

  const takesPorts = protocol === 'tcp' || protocol === 'udp';
  return (
    <div className="flex flex-col gap-1.5">
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) create.reset();
        }}
      >
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" className="self-start" disabled={disabledReason !== undefined}>
            Also allow these sources to services on the routing peer itself…
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Companion input-chain policy</DialogTitle>
            <DialogDescription>
              This rule opens the routing peers’ forward chain only. Services on the routing peers themselves (SSH, Grafana, DNS) sit behind their input chain, which
              only a peer-to-peer policy opens. This creates that policy: the same sources to the routing peers, on the ports chosen here.
            </DialogDescription>
          </DialogHeader>
          <div className="flex flex-col gap-4">
            <Field label="Protocol">
              {(control) => (
                <Select value={protocol} onValueChange={(v) => isCompanionProtocol(v) && setProtocol(v)}>
                  <SelectTrigger {...control}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {PROTOCOLS.map((p) => (
                      <SelectItem key={p} value={p}>
                        {protocolLabel(p)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </Field>
            {takesPorts ? (
              <Field label="Ports on the routing peer" description="Comma-separated ports or ranges, e.g. 22, 3000 for SSH and Grafana.">
                {(control) => <Input {...control} value={portsText} onChange={(e) => setPortsText(e.target.value)} />}
              </Field>
            ) : null}
            {issues.length > 0 ? (
              <div role="alert" className="flex flex-col gap-1">
                {issues.map((m) => (
                  <FieldErrorText key={m}>{m}</FieldErrorText>
                ))}
              </div>
            ) : null}
            <FormError error={create.error} title="Not created" />
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)} disabled={create.isPending}>
              Cancel
            </Button>
            <Button onClick={submit} disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create companion policy'}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      {disabledReason ? <p className="text-xs text-muted-foreground">{disabledReason}</p> : null}
      {created ? (
        <p role="status" className="text-sm text-success">
          Created policy{' '}
          <Link to={policyPath(created.id)} className="font-medium underline">
            {created.name}
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useCreateResource } from '@/api/mutations';
import { buildRefLookup, Field, FieldErrorText, FormError, GroupPicker } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/textarea';
import { parsePastedResources, type PasteResult } from '@/domain/rules/editor/paste-resources';
import { resourceNamesFrom } from './resource-form-schema';
import { useAccount } from './use-account';

/**
 * PasteResourcesDialog: many resources at once, one address per line, all in the same groups.
 * Every line is validated as the server would (paste-resources) before anything is created; with
 * one bad line nothing is created and each bad line is named.
 */
export function PasteResourcesDialog({ networkId, onDone }: { networkId: string; onDone: (created: number) => void }) {
  const { snapshot } = useAccount();
  const create = useCreateResource();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [result, setResult] = useState<PasteResult | null>(null);
  const [groupError, setGroupError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState(0);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setError(null);
    setGroupError(groups.length === 0 ? 'groups must name at least one group: policies reach a resource through its groups' : null);
    const parsed = parsePastedResources(text, groups, buildRefLookup(snapshot.groups, snapshot.peers), resourceNamesFrom(snapshot));
    setResult(parsed);
    if (parsed.kind !== 'ok' || groups.length === 0) return;
    setPending(true);
    let done = 0;
    try {
      for (const r of parsed.resources) {
        await create.mutateAsync({ networkId, body: { name: r.name, description: '', address: r.address, enabled: true, groups } });
        done += 1;
        setCreated(done);
      }
      setOpen(false);
      setText('');
      setResult(null);
      onDone(done);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  const errors = result?.kind === 'errors' ? result.errors : [];
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          // Each opening starts a new batch.
          setText('');
          setGroups([]);
          setResult(null);
          setGroupError(null);
        }
        setCreated(0);
        setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">Paste many…</Button>
      </DialogTrigger>
      <DialogContent size="xl">
        <DialogHeader>
          <DialogTitle>Paste many addresses</DialogTitle>
          <DialogDescription>One address per line: an IP, a CIDR, a domain or a wildcard domain. Each line becomes one resource named after its address.</DialogDescription>
        </DialogHeader>
        <Field label="Addresses" error={result?.kind === 'empty' ? 'Paste at least one address.' : errors.length > 0 ? `${errors.length} ${errors.length === 1 ? 'line is' : 'lines are'} invalid: nothing was created.` : undefined}>
          {(c) => <Textarea {...c} value={text} onChange={(e) => setText(e.target.value)} rows={8} className="font-mono" spellCheck={false} />}
        </Field>
        {errors.length > 0 ? (
          <div role="alert">
            <ul aria-label="Invalid lines" className="flex flex-col gap-1 text-sm text-destructive">
              {errors.map((e) => (
                <li key={e.line}>
                  Line {e.line} ({e.text}): {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Field label="Groups for every resource" description="Required. Type a new name to create a group." error={groupError ?? undefined}>
          {(c) => <GroupPicker control={c} value={groups} onChange={setGroups} />}
        </Field>
        {pending ? <p role="status" className="text-sm text-muted-foreground">Created {created} of {result?.kind === 'ok' ? result.resources.length : 0}…</p> : null}
        {error ? (
          <>
            <FormError error={error} title="Stopped" />
            <FieldErrorText>{created} of {result?.kind === 'ok' ? result.resources.length : 0} resources were created before the server refused one.</FieldErrorText>
          </>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} disabled={pending}>
            Create resources
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { queries, useApiClient, type Group } from '@/api';
import { useUpdateGroup } from '@/api/mutations';
import { ChangePreviewPanel, SaveBlockedNote, useChangePreview } from '@/components/access-diff';
import { FindingsImpact } from '@/components/findings/findings-impact';
import { useFindingsImpact } from '@/components/findings/use-findings-impact';
import { buildRefLookup, Field, SaveStatus, type ComboboxOption } from '@/components/form';
import { useResourceIndex } from '@/components/lookups/use-resource-index';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { applyGroupDraft } from '@/domain/draft/group';
import { isGroupNameAll } from '@/domain/rules/validate/group';
import { groupFormSchemaFor, valuesFromGroup, type GroupFormValues, type MemberResource } from './group-form-schema';
import { MemberPicker } from './member-picker';

const ALL_REASON = 'NetBird’s built-in group: it always holds every peer of the account, so it can be neither renamed nor given or stripped of peers.';

const refKey = (r: MemberResource) => `${r.type}:${r.id}`;

/**
 * GroupEditor: rename a group and add or remove its peers and network resources. What the change
 * would do to the account (a network left without routing peers, a policy matching nobody) is shown
 * before saving; the "All" group keeps its name and peers, with the reason next to the fields.
 */
export function GroupEditor({ group }: { group: Group }) {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const resources = useResourceIndex();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const all = isGroupNameAll(group.name);
  const schema = useMemo(() => {
    const refs = { ...buildRefLookup(groups, peers), hasResource: (id: string) => resources.has(id) };
    return groupFormSchemaFor(refs, { id: group.id, name: group.name, peers: group.peers.map((p) => p.id) }, groups);
  }, [groups, peers, resources, group]);
  const form = useForm<GroupFormValues>({ resolver: zodResolver(schema), defaultValues: valuesFromGroup(group) });
  const update = useUpdateGroup();
  const { errors } = form.formState;

  const peerOptions: ComboboxOption[] = useMemo(
    () => [...peers].sort((a, b) => a.name.localeCompare(b.name)).map((p) => ({ id: p.id, label: p.name, detail: `${p.ip} · ${p.os}`, searchText: `${p.name} ${p.ip} ${p.os}` })),
    [peers],
  );
  const resourceOptions: ComboboxOption[] = useMemo(
    () =>
      [...resources.values()]
        .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
        .map(({ resource: r, networkName }) => ({
          id: refKey(r),
          label: r.name,
          detail: `${r.type} · ${r.address} · ${networkName}`,
          searchText: `${r.name} ${r.address} ${networkName}`,
        })),
    [resources],
  );

  const current = useWatch({ control: form.control }) as GroupFormValues;
  // Membership decides access and findings: the change preview and the linter (both in the analysis
  // worker) see the members as typed, under the stored name (a rename alone changes neither).
  const after = useMemo(() => (snapshot ? applyGroupDraft(snapshot, group.id, { ...current, name: group.name }) : undefined), [snapshot, group.id, group.name, current]);
  const gate = useChangePreview(snapshot, after);
  const impact = useFindingsImpact(snapshot, after);
  const blockedNoteId = useId();

  // The group as the editor opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(group);
  const save = (force: boolean) =>
    form.handleSubmit((v) => {
      if (gate.blocked) return;
      update.mutate(
        { id: group.id, body: v, baseline, force },
        {
          onSuccess: (saved) => {
            setBaseline(saved);
            form.reset(v);
          },
        },
      );
    });
  const submit = save(false);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" aria-label="Edit group">
      <Field label="Group name" error={errors.name?.message} description={all ? ALL_REASON : undefined}>
        {(c) => <Input {...c} {...form.register('name')} disabled={all} />}
      </Field>
      <Field label="Peers" error={errors.peers?.message} description={all ? 'Every peer of the account belongs to All; membership follows registration.' : undefined}>
        {(c) => (
          <Controller
            control={form.control}
            name="peers"
            render={({ field }) => <MemberPicker control={c} noun="peer" options={peerOptions} value={field.value} onChange={field.onChange} disabled={all} />}
          />
        )}
      </Field>
      <Field label="Network resources" error={errors.resources?.message}>
        {(c) => (
          <Controller
            control={form.control}
            name="resources"
            render={({ field }) => (
              <MemberPicker
                control={c}
                noun="resource"
                options={resourceOptions}
                value={field.value.map(refKey)}
                onChange={(keys) =>
                  field.onChange(
                    keys.flatMap((k): MemberResource[] => {
                      const r = resources.get(k.slice(k.indexOf(':') + 1))?.resource;
                      return r ? [{ id: r.id, type: r.type }] : [];
                    }),
                  )
                }
              />
            )}
          />
        )}
      </Field>
      <FindingsImpact analysis={impact} />
      <ChangePreviewPanel gate={gate} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={update.isPending || !form.formState.isDirty || gate.blocked} aria-describedby={gate.blocked ? blockedNoteId : undefined}>
          Save group
        </Button>
        <SaveStatus
          mutation={update}
          successText="Group saved."
          onOverwrite={() => void save(true)()}
          onReload={(current) => {
            const fresh = current as Group;
            setBaseline(fresh);
            form.reset(valuesFromGroup(fresh));
            update.reset();
          }}
        />
        <SaveBlockedNote gate={gate} id={blockedNoteId} />
      </div>
    </form>
  );
}

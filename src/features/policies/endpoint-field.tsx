import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field, GroupPicker } from '@/components/form';
import type { PolicyFormValues } from './policy-form-schema';
import { ResourcePicker } from './resource-picker';
import type { PolicyEditorData } from './use-policy-editor-data';

type Side = 'source' | 'destination';

const SIDE = {
  source: { label: 'Sources', kind: 'sourceKind', groups: 'sources', resource: 'sourceResource', help: 'Who opens the connections.' },
  destination: { label: 'Destinations', kind: 'destinationKind', groups: 'destinations', resource: 'destinationResource', help: 'What they may reach.' },
} as const;

/**
 * EndpointField: one side of a rule: groups (the usual case, created inline if missing) or one
 * network resource or peer. NetBird accepts one or the other, never both, so switching the kind
 * keeps the other value in the form but sends only the chosen one.
 */
export function EndpointField({ index, side, data }: { index: number; side: Side; data: PolicyEditorData }) {
  const { control, formState, setValue } = useFormContext<PolicyFormValues>();
  const s = SIDE[side];
  const kind = useWatch({ control, name: `rules.${index}.${s.kind}` });
  const ruleErrors = formState.errors.rules?.[index];
  const error = ruleErrors?.[s.groups]?.message ?? ruleErrors?.[s.resource]?.message;
  const radioName = `rule-${index}-${side}-kind`;
  return (
    <Field label={s.label} description={s.help} error={error}>
      {(fieldControl) => (
        <div className="flex flex-col gap-2">
          <div role="radiogroup" aria-label={`${s.label} kind`} className="flex flex-wrap gap-4 text-sm">
            {(['groups', 'resource'] as const).map((k) => (
              <label key={k} className="flex cursor-pointer items-center gap-1.5">
                <input
                  type="radio"
                  name={radioName}
                  value={k}
                  checked={kind === k}
                  onChange={() => setValue(`rules.${index}.${s.kind}`, k, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
                  className="accent-primary"
                />
                {k === 'groups' ? 'Groups' : 'One resource or peer'}
              </label>
            ))}
          </div>
          {kind === 'groups' ? (
            <Controller
              control={control}
              name={`rules.${index}.${s.groups}`}
              render={({ field }) => <GroupPicker control={fieldControl} value={field.value} onChange={field.onChange} />}
            />
          ) : (
            <Controller
              control={control}
              name={`rules.${index}.${s.resource}`}
              render={({ field }) => (
                <ResourcePicker control={fieldControl} value={field.value} onChange={field.onChange} resources={data.resources} peers={data.peers} />
              )}
            />
          )}
        </div>
      )}
    </Field>
  );
}

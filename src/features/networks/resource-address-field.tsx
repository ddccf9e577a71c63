import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/form';
import { ResourceTypeBadge } from '@/components/resource-type-badge';
import { Input } from '@/components/ui/input';
import { classifyResourceAddress } from '@/domain/net';

/**
 * ResourceAddressField: one address field for every kind of resource. The type is detected while
 * typing (NetBird derives it from the address too) and shown as a badge; a bare IP is shown as the
 * /32 (/128) it will be saved as, a domain as its stored lower-case punycode form.
 */
export function ResourceAddressField({ registration, value, error }: { registration: UseFormRegisterReturn; value: string; error: string | undefined }) {
  const parsed = value.trim() === '' ? null : classifyResourceAddress(value);
  const detected = parsed?.ok ? parsed.value : null;
  return (
    <Field
      label="Address"
      description="An IP address, a CIDR subnet, a domain (app.corp.example) or a wildcard domain (*.corp.example)."
      error={error}
      after={
        detected ? (
          <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground" data-testid="address-detection">
            <span>Detected:</span>
            <ResourceTypeBadge resource={{ type: detected.type, address: detected.address }} />
            {detected.address !== value.trim() ? (
              <span>
                saved as <span className="font-mono text-foreground">{detected.address}</span>
              </span>
            ) : null}
          </p>
        ) : null
      }
    >
      {(control) => <Input {...control} {...registration} placeholder="10.10.0.0/16, 10.10.0.5, app.corp.example" autoComplete="off" spellCheck={false} className="font-mono" />}
    </Field>
  );
}

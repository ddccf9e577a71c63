import { SwitchField } from '@/components/form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { RouterMasqueradeState } from '@/domain/rules/editor/router-masquerade';

/**
 * MasqueradeField: masquerade with every rule visible while deciding: disabled (with the reason)
 * for a non-Linux peer, a warning for groups with non-Linux peers, the refusal when HA would break,
 * and what the LAN needs when it is off (a return route for the NetBird range).
 */
export function MasqueradeField({
  checked,
  onCheckedChange,
  state,
  error,
}: {
  checked: boolean;
  onCheckedChange: (v: boolean) => void;
  state: RouterMasqueradeState;
  error: string | undefined;
}) {
  // The live refusal is shown at once; after a save attempt the same text comes back as the field error.
  const refusal = !checked ? state.offRefusal : null;
  const shownError = error ?? refusal ?? state.otherRouterConflict ?? undefined;
  return (
    <div className="flex flex-col gap-3">
      <SwitchField
        label="Masquerade"
        checked={state.disabledReason ? true : checked}
        onCheckedChange={onCheckedChange}
        description="On: traffic leaves the routing peer with its LAN address, so the LAN needs no route back. Recommended."
        disabledReason={state.disabledReason ? `${state.disabledReason}. Masquerade stays on.` : undefined}
        error={shownError}
      />
      {state.groupWarning ? (
        <Alert variant="warning">
          <AlertTitle>Non-Linux peers in these groups</AlertTitle>
          <AlertDescription>{state.groupWarning}</AlertDescription>
        </Alert>
      ) : null}
      {!checked && !state.disabledReason ? (
        <Alert variant="info">
          <AlertTitle>With masquerade off, the LAN needs a return route</AlertTitle>
          <AlertDescription>
            <p>NetBird peers keep their overlay addresses: {state.returnRoute}.</p>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useBlocker, useNavigate, useSearchParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { Button } from '@/components/ui/button';
import { LeaveDialog } from './leave-dialog';
import { AccessStep } from './steps/access-step';
import { ApplyStep } from './steps/apply-step';
import { InstallStep } from './steps/install-step';
import { NetworkStep } from './steps/network-step';
import { PeersStep } from './steps/peers-step';
import { ReviewStep } from './steps/review-step';
import { ScenarioStep } from './steps/scenario-step';
import { VerifyStep } from './steps/verify-step';
import { useApplyPort } from './use-apply-port';
import { useWizard } from './use-wizard';
import { STEPS, type WizardStep } from './wizard-draft';
import { WizardStepper } from './wizard-stepper';

/**
 * WizardPage: the guided routing-peer setup, from intent to a verified routing peer. The plan is
 * a draft saved as the admin goes; leaving asks whether to keep or discard it.
 */
export default function WizardPage() {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const w = useWizard(snapshot, params.get('network'));
  const [setupKey, setSetupKey] = useState<string | null>(null);
  const port = useApplyPort(useCallback((k: string) => setSetupKey(k), []));
  const finishing = useRef(false);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => !finishing.current && w.draft !== null && currentLocation.pathname !== nextLocation.pathname);
  const step: WizardStep = w.draft?.step ?? 'scenario';
  const status = w.draft?.apply.status ?? 'pending';
  const applied = status !== 'pending' && status !== 'undone';
  const reachable = (s: WizardStep) => {
    if (!w.draft) return s === 'scenario';
    if (applied) return s === 'apply' || (s === 'verify' && status === 'applied');
    const i = STEPS.indexOf(s);
    return i <= STEPS.indexOf(step) && i <= STEPS.indexOf('review');
  };
  const finish = () => {
    finishing.current = true;
    w.discard();
    void navigate('/networks');
  };

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Setup wizard"
        description="Set up a routing peer following the docs: scenario, resources, routing peers, install, access, review, apply and verify."
        actions={
          w.draft && !applied ? (
            <Button type="button" variant="outline" onClick={w.discard}>
              Start over
            </Button>
          ) : null
        }
      />
      <WizardStepper current={step} reachable={reachable} onGo={w.go} />
      {step === 'scenario' || !w.plan ? <ScenarioStep w={w} /> : null}
      {w.plan && step === 'network' ? <NetworkStep w={w} /> : null}
      {w.plan && step === 'peers' ? <PeersStep w={w} /> : null}
      {w.plan && step === 'install' ? <InstallStep w={w} /> : null}
      {w.plan && step === 'access' ? <AccessStep w={w} /> : null}
      {w.plan && step === 'review' ? <ReviewStep w={w} /> : null}
      {w.plan && step === 'apply' ? <ApplyStep w={w} port={port} /> : null}
      {w.plan && step === 'verify' ? <VerifyStep w={w} setupKey={setupKey} onFinish={finish} /> : null}
      <LeaveDialog blocker={blocker} onDiscard={w.discard} />
    </div>
  );
}

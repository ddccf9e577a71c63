import type { AccountIndex } from '@/domain/account';
import { builtinScenario, checkScenarioRefs, DEFAULT_SEED, parseScenario, type BuiltinName, type SimScenario } from '@/domain/sim';
import { DEFAULT_RELAYED_SWITCH_DELAY } from '@/domain/routing/relayed-switch-delay';

/**
 * scenario-source: where the page's scenario comes from (the lab as it is, a built-in, or a
 * loaded file) and what it resolves to on the current account, with every problem listed.
 */
export type ScenarioSource = { kind: 'lab' } | { kind: 'builtin'; name: BuiltinName } | { kind: 'file'; fileName: string; json: unknown };

export type ResolvedScenario = { ok: true; scenario: SimScenario; summary: string } | { ok: false; title: string; errors: string[] };

/** LAB_DURATION_S: the lab on its own runs ten minutes, room to stop and start peers by hand. */
export const LAB_DURATION_S = 600;

export function resolveScenario(index: AccountIndex, source: ScenarioSource): ResolvedScenario {
  switch (source.kind) {
    case 'lab':
      return {
        ok: true,
        scenario: { duration_s: LAB_DURATION_S, events: [], seed: DEFAULT_SEED, relayed_switch_delay: DEFAULT_RELAYED_SWITCH_DELAY },
        summary: 'The account’s lab as it is, with no events: stop, start, relay or slow down routing peers below to see what clients do.',
      };
    case 'builtin': {
      const b = builtinScenario(source.name);
      if (b === undefined) return { ok: false, title: 'Unknown built-in scenario', errors: [source.name] };
      const built = b.build(index);
      return built.ok ? { ok: true, scenario: built.value.scenario, summary: built.value.summary } : { ok: false, title: `${b.title} cannot run on this account`, errors: [built.error] };
    }
    case 'file': {
      const parsed = parseScenario(source.json);
      if (!parsed.ok) return { ok: false, title: `${source.fileName} is not a valid scenario`, errors: parsed.errors };
      const refs = checkScenarioRefs(index.snapshot, parsed.value);
      if (refs.length > 0) return { ok: false, title: `${source.fileName} does not fit this account`, errors: refs };
      const n = parsed.value.events.length;
      return { ok: true, scenario: parsed.value, summary: `${source.fileName}: ${n} event${n === 1 ? '' : 's'}.` };
    }
  }
}

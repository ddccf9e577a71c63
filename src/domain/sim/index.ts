/**
 * sim: the userspace peer simulator. A lab of simulated peers takes the account the way agents
 * take their network map and reacts to events over simulated time, with the routing module's
 * choice; plus what an admin would see on each host at any moment (per-peer views).
 */
export * from './scenario';
export { parseScenario, type ScenarioParse } from './parse-scenario';
export { mergeLab } from './parse-lab';
export { checkScenarioRefs } from './check-refs';
export * from './sim-result';
export { runSimulation, runPrepared } from './run-simulation';
export { prepareSimulation, worldAt, indexFor, type PreparedSim, type SimWorld } from './prepare';
export { linkView, peerOnline, type LinkView, type SimLab } from './sim-lab';
export { clientRoutes, newRouteCache, type SimRoute, type SimRouteKind } from './client-routes';
export { BUILTIN_SCENARIOS, builtinScenario, type BuiltinName, type BuiltinScenario, type BuiltScenario } from './builtins';
export * from './views';
export { formatClock, clockTicks } from './clock';
export * from './controls';

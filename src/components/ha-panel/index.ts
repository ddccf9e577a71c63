export { HaPanel, type HaPanelProps } from './ha-panel';
export { DrainDialog, type HaDrainActions } from './drain-dialog';
export { flagText, haStatusText, RANK_LABEL_TEXT, RANKING_EXPLANATION } from './ha-text';

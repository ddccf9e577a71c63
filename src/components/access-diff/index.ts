/** access-diff: the change preview every editor shows before a save (access diff, saved tests, override). */
export { ChangePreviewPanel, SaveBlockedNote, TESTS_PATH } from './change-preview-panel';
export { useChangePreview, type SaveGate } from './use-change-preview';

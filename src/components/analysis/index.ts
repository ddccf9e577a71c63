/** analysis: the heavy analysis (review, access matrix, change preview, findings impact) in a Web Worker, and the hooks that follow it. */
export { AnalysisError, analysisClient, createAnalysisClient, type AnalysisClient } from './analysis-client';
export { AnalysingLine, AnalysingState, AnalysisContent, AnalysisFailed } from './analysis-status';
export { createExplainCache, type ExplainCache } from './explain-cache';
export { objectCount } from './object-count';
export { useAnalysis, type AnalysisState, type AnalysisTask } from './use-analysis';
export { useExplainPair } from './use-explain-pair';

/**
 * The Goalpost core: parsing and analysing `.goals` documents. Pure: no I/O, no editor APIs.
 * The language server, the CLI and the tests all call these functions.
 */
export * from './model';
export * from './queries';
export { parse, parseInSteps } from './parse';
export { runToEnd } from './steps';
export { Snapshot, analyze, analyzeInSteps } from './snapshot';
export { checkInSteps, checkPlan, type Analysis, type AnalyzeOptions } from './analyze';
export { readConfig, DEFAULT_CONFIG, RULE_SETTINGS, VOICES, BUDGETS, type Config, type ConfigProblem, type RuleSetting } from './config';
export type { Voice, Wording, Facet } from './rules/rule';
export type { Budget } from './rules/overlaps';
export { ALL_RULES, RULE_INFO, findRule } from './rules/index';
export type { Rule, RuleInfo, RuleContext, Finding, RuleGroup } from './rules/rule';
export { SYNTAX_CODE_INFO, SYNTAX_CODES } from './build/diagnostics';
export { CATEGORY_INFO } from './categories';
export { GOAL_FIELDS, HEADER_FIELDS, type FieldSpec } from './fields';
export { ENTRY_KIND_SPECS, type EntryKindSpec, type EntryShape } from './entry-kinds';
export { normalizeUnit } from './values/measurement';
export { formatInterval, readInterval } from './values/interval';
export { toDate, toIso, daysBetween, shiftDate } from './values/dates';
export { ASSUMED_START_LEVEL, gasBaseline, gasReviewDates, gasStandingOn, gasTimeline, gasTScore, isGasGoal, startLevelOf, weightOf, type GasBaseline, type GasExclusion, type GasReviewPoint, type GasStanding, type GasTimeline, type LevelSource, type TScore, type WeightedLevel } from './clinical/gas';
export { expectedPosition, goalProgress, ON_TRACK_TOLERANCE, paceStatus, type ExpectedPosition, type GoalProgress, type MeasuredProgress, type PaceStatus, type ProgressDirection, type ProgressProblem, type UnmeasuredProgress } from './clinical/progress';
export { nextReview, reviewAnchor, reviewInterval, type ReviewAnchor, type ReviewDue } from './clinical/review';
export { documentContext, type DocumentContext } from './features/context';
export { complete, type CompletionEdit, type CompletionItem, type CompletionKind, type CompletionOptions } from './features/completion/index';
export { applyTextEdits, formatDocument, formatRange, type TextEdit } from './features/formatting';
export { codeActions, type CodeAction } from './features/code-actions';
export { codeLenses, type CodeLens, type LensAction, type LensActionKind } from './features/code-lens';
export { inlayHints, type InlayHint } from './features/inlay-hints';
export { hover, type Hover } from './features/hover';
export { explainFindings, type FindingHoverOptions } from './features/finding-hover';
export { documentSymbols, type DocumentSymbol, type SymbolKind } from './features/document-symbols';
export { foldingRanges, type FoldingRange } from './features/folding';
export { selectionRange, type SelectionRange } from './features/selection-ranges';
export { semanticTokens, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticToken, type SemanticTokenModifier, type SemanticTokenType } from './features/semantic-tokens';
export { checkNewGoalId, goalAt, occurrencesOf, type GoalOccurrence } from './features/goal-references';
export { journalEntry, type EntryAnswer, type EntryKind, type EntryRequest } from './features/journal-entry';
export { newGoalInsertion, type NewGoalInsertion } from './features/new-goal';
export { planStatus, type PlanStatusLine } from './features/summaries';
export { reportData } from './features/report-data';
export { agenda, restingGoals, type AgendaItem, type AgendaKind, type RestingGoal } from './features/agenda';
export * from './report/index';
export { exportFhir, PATIENT_REFERENCE, type FhirExport, type FhirExportOptions } from './export/fhir';
export { suggest } from './build/suggest';

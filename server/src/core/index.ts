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
export { SYNTAX_CODES } from './build/diagnostics';
export { CATEGORY_INFO } from './categories';
export { GOAL_FIELDS, HEADER_FIELDS, type FieldSpec } from './fields';
export { normalizeUnit } from './values/measurement';
export { formatInterval, readInterval } from './values/interval';
export { toDate, toIso, daysBetween } from './values/dates';
export { ASSUMED_START_LEVEL, gasBaseline, gasReviewDates, gasStandingOn, gasTimeline, gasTScore, isGasGoal, startLevelOf, weightOf, type GasBaseline, type GasExclusion, type GasReviewPoint, type GasStanding, type GasTimeline, type LevelSource, type TScore, type WeightedLevel } from './clinical/gas';
export { expectedPosition, goalProgress, ON_TRACK_TOLERANCE, paceStatus, type ExpectedPosition, type GoalProgress, type MeasuredProgress, type PaceStatus, type ProgressDirection, type ProgressProblem, type UnmeasuredProgress } from './clinical/progress';
export { nextReview, reviewAnchor, reviewInterval, type ReviewAnchor, type ReviewDue } from './clinical/review';
export { complete, type CompletionEdit, type CompletionItem, type CompletionKind, type CompletionOptions } from './features/completion/index';
export { applyTextEdits, formatDocument, formatRange, type TextEdit } from './features/formatting';
export { codeActions, type CodeAction, type CodeActionOptions } from './features/code-actions';
export { inlayHints, type InlayHint, type InlayHintOptions } from './features/inlay-hints';
export { encodeSemanticTokens, semanticTokens, SEMANTIC_TOKENS_LEGEND, type SemanticToken, type SemanticTokenModifier, type SemanticTokensLegend, type SemanticTokenType } from './features/semantic-tokens';
export { journalEntry, type EntryAnswer, type EntryKind, type EntryRequest } from './features/journal-entry';
export { planStatus, type PlanStatusLine } from './features/summaries';
export { reportData, type ReportData } from './features/report-data';
export { newGoalInsertion, type NewGoalInsertion } from './features/new-goal';

/**
 * The core's second entry, for the VS Code extension: the report's renderers and the words, units
 * and GAS levels they share, without the parser or the rules (the extension asks the server for
 * the report's data and never reads a plan). `core/index.ts` exports all of this too.
 */
export type {
  GoalReport,
  ReportCheck,
  ReportData,
  ReportMeasure,
  ReportMilestone,
  ReportMoment,
  ReportScore,
  ReportWeek,
} from '../features/report-data';
export { pluralUnit } from '../features/unit-words';
export { formatLevel, GAS_LEVELS, LEVEL_MEANINGS } from '../rules/gas/levels';
export { renderMarkdown } from './markdown';
export { escapeXml, renderChart, renderDayCountChart, renderMeasureChart, renderScoreChart } from './svg-chart';
export {
  agreedFact,
  changeText,
  checksText,
  errorsText,
  formatScore,
  goalHeading,
  measureSummary,
  measureTitle,
  milestoneText,
  momentText,
  notComparableText,
  pathParts,
  shownChange,
  stepsText,
  weekColumn,
  weekValue,
} from './words';

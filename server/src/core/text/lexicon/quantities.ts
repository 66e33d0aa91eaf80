/** How much and by when: the templates quantities.ts and timeframes.ts read. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
// ---------------------------------------------------------------------------------------------
// Quantities and timeframes (read by quantities.ts and timeframes.ts). Built-in slots: {digits}
// (3, 7.5), {isoDate} (2027-01-31), {slashDate} (31/01/2027), {year} (2027), {dayNumber} (3rd),
// {clock} (23:00, 7pm, 7.30 am), {percent} (75%), {range} (3-4, 3–4, 3 to 4).

/** A deadline: a date or a point in time the goal is to be reached by. */
export const DEADLINE_TEMPLATES: readonly string[] = [
  '{isoDate}',
  '{slashDate}',
  '{dayNumber} [of ]{month}[ {year}]',
  '{month} {dayNumber}[ {year}]',
  '{month} {year}',
  '(by|before|until|till|to|through|in|during|from|for|end of|mid|mid-|early|late|start of|beginning of) [the end of |the start of |the middle of ]{month}',
  '(by|before|until|till|in|during|end of|mid|early|late) may',
  '{dayNumber} [of ]may[ {year}]',
  'may {dayNumber}[ {year}]',
  '(by|before|until|till|to|through|in|during|from|for) {year}',
  '(by|before|until|till|to|through|on|this|next|coming) {weekday}',
  '(this|next|the coming|coming|the next|the following) (week|month|year|weekend|term|fortnight|summer|winter|spring|autumn|session|quarter|semester)',
  '(by|before|until|till|for|over|after) {occasion}',
  '(by|before|until|till) [the ]end of [the |this |next ](week|month|year|term|summer|winter|spring|autumn|quarter|semester|{month})',
  '(within|in|inside|after) [the next |the coming |the first |my first |about |around ]{count} {timeUnit}',
  '(within|in|inside) (the next|the coming|the first|my first) {timeUnit}',
  '{count} {timeUnit} (from now|from today|from the start|time)',
  '(today|tonight|tomorrow|this morning|this afternoon|this evening)',
  "by (month's end|year's end|the weekend|next session|the next session|my next session)",
  '(by|before|until|till|at) (my|the|our) {month} (review|appointment|session|meeting|check-in|hearing|visit)',
];

/** A duration: how long a goal runs ('for 30 days', 'for four weeks', 'three weeks running'). */
export const DURATION_TEMPLATES: readonly string[] = [
  '(for|over|during|throughout) [the next |the coming |the first |my first |the last |at least ][full |whole |entire ]{count} [full |whole |entire ]{timeUnit}',
  '(for|over|during|throughout) (the next|the coming|the first|my first|the last) [full |whole |entire ]{timeUnit}',
  '{count} [full |whole ]{timeUnit} (running|in a row|straight|on end)',
  '(for|until) the rest of (the|this|my) (week|month|year|term|life)',
  'a {timeUnit} at a time',
];

/** A number or a frequency, by kind; the order is the order they are tried in. */
export const QUANTITY_TEMPLATES: Readonly<Record<'time' | 'percent' | 'score' | 'range' | 'multiplicative' | 'frequency' | 'number-word' | 'number', readonly string[]>> = {
  time: ['{clock}', '(noon|midday|midnight)', "{count} o'clock", '(half past|quarter past|quarter to) {count}'],
  percent: ['{percent}', '{count} (percent|per cent)'],
  score: ['{digits}/{digits}', '{count} out of {count}', '{count} (of|in) [every ]{count}'],
  range: ['{range}', '{numberWord} (to|or) {numberWord}'],
  multiplicative: ['(once|twice|thrice)', '{count} times', '{digits}x', '{digits} x'],
  frequency: [
    '(a|an|per|each|every|every other|every single) {frequencyUnit}',
    '(each|every|every other|after each|after every) {word} {frequencyUnit}',
    '{weekday} (and|or|&) {weekday}',
    '(the|my|our) {weekday} {word}',
    '{weekday} (mornings|evenings|nights|afternoons|lunchtimes)',
    '{frequencyWord}',
    '(on|at) {weekday}s',
    '(on|at) (weekdays|weekends|workdays|weeknights|school days|work days|working days)',
    '(mornings|evenings|nights|days|afternoons) a week',
  ],
  'number-word': ['{numberWord}'],
  number: ['{digits}'],
};

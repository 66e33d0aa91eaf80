/** The seven goal categories, each with a one-line description in Goalpost's own words. */
import type { Category } from './model';

export interface CategoryInfo {
  readonly id: Category;
  readonly title: string;
  /** One line on what goals of this category are about. */
  readonly summary: string;
  /** A short, well-formed example goal. */
  readonly example: string;
}

export const CATEGORY_INFO: readonly CategoryInfo[] = [
  {
    id: 'symptom-reduction',
    title: 'Symptom reduction',
    summary: 'Fewer, milder or shorter symptoms, and less of their hold on daily life.',
    example: 'Cut nightmares from 4 nights a week to 1 by the end of March',
  },
  {
    id: 'skill-development',
    title: 'Skill development',
    summary: 'Learning a coping or communication skill and using it in harder situations over time.',
    example: 'Use the 4-7-8 breathing technique before each exam this term',
  },
  {
    id: 'insight',
    title: 'Insight',
    summary: 'Noticing patterns, triggers and early warning signs, and where they come from.',
    example: 'Write down the trigger of each urge to drink for four weeks',
  },
  {
    id: 'behavioral',
    title: 'Behavioural change',
    summary: 'New routines and habits, or stepping back into situations that have been avoided.',
    example: 'Take the bus to work twice a week by 15 December',
  },
  {
    id: 'emotional',
    title: 'Emotional',
    summary: 'Recognising and naming emotions, staying with hard ones, and making room for good ones.',
    example: 'Name the emotion I feel at lunch and at bedtime every day for a month',
  },
  {
    id: 'relationship',
    title: 'Relationship',
    summary: 'Boundaries, closeness and how you take part in your relationships.',
    example: 'Ask for one evening alone each week and keep it for six weeks',
  },
  {
    id: 'identity-meaning',
    title: 'Identity and meaning',
    summary: 'What matters to you, who you want to be, and what hard experiences have meant.',
    example: 'Name three values and do one thing for each every week in January',
  },
];

/**
 * Words people write for a category, mapped to the one meant, for the quick fix: the names used
 * in therapy talk ('cognitive', 'behaviour', 'social') rather than misspellings, which the
 * closest-spelling guess already finds.
 */
export const CATEGORY_SYNONYMS: Readonly<Record<string, Category>> = {
  cognitive: 'insight',
  awareness: 'insight',
  understanding: 'insight',
  'self-awareness': 'insight',
  behaviour: 'behavioral',
  behavior: 'behavioral',
  behavioural: 'behavioral',
  habit: 'behavioral',
  habits: 'behavioral',
  emotion: 'emotional',
  emotions: 'emotional',
  feelings: 'emotional',
  symptom: 'symptom-reduction',
  symptoms: 'symptom-reduction',
  skill: 'skill-development',
  skills: 'skill-development',
  social: 'relationship',
  relationships: 'relationship',
  family: 'relationship',
  interpersonal: 'relationship',
  identity: 'identity-meaning',
  meaning: 'identity-meaning',
  values: 'identity-meaning',
  purpose: 'identity-meaning',
};

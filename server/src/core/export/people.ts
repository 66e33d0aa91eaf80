/**
 * Who agreed a goal, as the core R4 "Goal acceptance" extension (http://hl7.org/fhir/StructureDefinition/goal-acceptance):
 * one per person after `by` in `agreed: 2026-09-14 by Dan and Ruth`, each `individual` with `status` agree. A person
 * the header names as the client or the clinician (in full, or by one of the words of that name: `Ruth` for
 * `Ruth Okafor`) points at the Patient or the Practitioner; anyone else is a reference with their name as display.
 */
import type { Extension, Reference } from '@medplum/fhirtypes';
import type { Agreement } from '../model';
import { GOAL_ACCEPTANCE_EXTENSION } from './codes';
import type { ExportContext } from './context';

/** The goal-acceptance extensions for an agreement's people; none when it names no one. */
export function acceptanceOf(context: ExportContext, agreed: Agreement): Extension[] {
  if (!agreed.by) return [];
  return namesIn(agreed.by.text).map((name) => ({
    url: GOAL_ACCEPTANCE_EXTENSION,
    extension: [
      { url: 'individual', valueReference: individualOf(context, name) },
      { url: 'status', valueCode: 'agree' },
    ],
  }));
}

/** The people in `Dan and Ruth`, `Dan, Ruth & Jo`: split at commas, `&`, `+` and the word "and". */
export function namesIn(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\+|\band\b)\s*/iu)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function individualOf(context: ExportContext, name: string): Reference {
  const header = context.plan.header;
  const isClient = isNamed(name, header.client?.text);
  const isClinician = isNamed(name, header.clinician?.text);
  // A name both could carry (a client and a clinician who share a first name) stays words, not a guess.
  if (isClient && !isClinician) return context.patient;
  if (isClinician && !isClient && context.practitioner) return context.practitioner;
  return { display: name };
}

/** True when `name` is the person's name as written, or one word of it of two letters or more (not `Dr.`). */
function isNamed(name: string, person: string | undefined): boolean {
  if (person === undefined) return false;
  const wanted = fold(name);
  if (wanted === fold(person)) return true;
  return person.split(/[\s,]+/u).some((word) => /^\p{L}[\p{L}'’-]+$/u.test(word) && fold(word) === wanted);
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().trim();
}

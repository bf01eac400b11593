import type { LabRecord } from '../schema/records.generated.js';
import type { LabFolder, RecordKind, RecordPath } from '../network/types.js';
import type { Answers, Field } from '../prompt/gather.js';
import type { Choice } from '../prompt/prompter.js';
import { allowedValues, checkValue } from '../schema/validate.js';
import { closestMatch } from '../text/closest.js';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '../text/slug.js';

// Field builders shared by the writing commands. Values are checked by the same schemas
// as the audit (checkValue), so a prompt refuses exactly what the audit would report.

/** A check that runs the record schema on the value at `path`. */
export const bySchema = (kind: RecordKind, path: RecordPath) => (value: unknown) => checkValue(kind, path, value);

/** Choices from a shared definition's enum (roles, event kinds, provinces...). */
export const enumChoices = (definition: string) => (): Choice<string>[] =>
  allowedValues(definition).map((value) => ({ name: value, value }));

/**
 * An id made from another answer (a name or title), or given with its flag. When no id
 * can be made (a name in Urdu script), it is asked for, or without a terminal the error
 * names the flag.
 */
export function idField(options: {
  key: string;
  flag: string;
  from: string;
  what: string;
  taken: (id: string, answers: Answers) => string | undefined;
  /** An id to show in messages: `zainab-bibi`. */
  example: string;
  maxLength?: number;
}): Field {
  const maxLength = options.maxLength ?? MAX_SLUG_LENGTH;
  return {
    key: options.key,
    flag: options.flag,
    question: `Id of the ${options.what} (lowercase letters, digits and hyphens)`,
    type: 'text',
    required: true,
    default: (answers) => {
      const slug = slugify(String(answers[options.from] ?? '')).slice(0, maxLength).replace(/-+$/, '');
      return slug === '' ? undefined : slug;
    },
    check: (value, answers) => {
      if (!isSlug(value) || value.length > maxLength) {
        return `\`${String(value)}\` is not a valid id: use lowercase letters, digits and single hyphens, at most ${maxLength} characters`;
      }
      return options.taken(value, answers);
    },
    missing: (answers) =>
      `${options.flag} is missing: no id can be made from \`${String(answers[options.from] ?? '')}\`, so give one in lowercase letters, digits and hyphens (like ${options.example})`,
  };
}

/** A date field, by default today. */
export function dateField(
  key: string,
  flag: string,
  question: string,
  kind: RecordKind,
  path: RecordPath,
  today?: string,
): Field {
  return {
    key,
    flag,
    question: `${question} (YYYY-MM-DD)`,
    type: 'text',
    required: today !== undefined,
    default: today === undefined ? undefined : () => today,
    check: bySchema(kind, path),
  };
}

/** The lab's members as choices, active ones, by name. */
export function memberChoices(lab: LabFolder): Choice<string>[] {
  return [...lab.members.entries()]
    .filter(([, file]) => (file.record?.status ?? 'active') === 'active')
    .map(([id, file]) => ({ name: file.record?.name ? `${file.record.name} (${id})` : id, value: id }));
}

/** Refuses ids that are not members of the lab (with a suggestion for a typo). */
export function knownMembers(lab: LabFolder) {
  return (value: unknown): string | undefined => unknownIds(value, [...lab.members.keys()], `a member of lab ${lab.id}`);
}

export function partnerIds(lab: LabFolder): string[] {
  const partners: NonNullable<LabRecord['partners']> = lab.lab?.record?.partners ?? [];
  return partners.map((partner) => partner.id);
}

export function partnerChoices(lab: LabFolder): Choice<string>[] {
  return (lab.lab?.record?.partners ?? []).map((partner) => ({ name: `${partner.name} (${partner.id})`, value: partner.id }));
}

/** Refuses ids that are not partners in the lab's lab.yaml. */
export function knownPartners(lab: LabFolder) {
  return (value: unknown): string | undefined =>
    unknownIds(value, partnerIds(lab), `a partner of lab ${lab.id} (partners are listed in ${lab.dir}/lab.yaml)`);
}

function unknownIds(value: unknown, known: string[], what: string): string | undefined {
  const ids = Array.isArray(value) ? value.map(String) : [String(value)];
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown === undefined) return undefined;
  const match = closestMatch(unknown, known);
  return `\`${unknown}\` is not ${what}${match ? `; did you mean \`${match}\`?` : known.length ? `; known: ${known.join(', ')}` : ''}`;
}

import { formatDay } from '../calendar/format.js';
import { activeOn } from '../handbook/membership.js';
import { allowedValues, checkValue } from '../schema/validate.js';
import { lowerFirst } from '../text/case.js';
import { closestMatch } from '../text/closest.js';
import { contactDataProblem } from '../text/contact-data.js';
import { idOfName, isSlug, MAX_SLUG_LENGTH, slugify } from '../text/slug.js';
import { text } from './fields.js';
// Fields of records, shared by the writing commands. Values are checked by the same schemas
// as the audit (checkValue), so a prompt refuses exactly what the audit would report.
/**
 * A check of a record's value at `path`: no contact details in its text (they would be
 * published), then the record schema, as the audit checks both.
 */
export const bySchema = (kind, path) => (value) => contactDataIn(value) ?? checkValue(kind, path, value);
/** Why a text (or any line of a list) is refused for holding contact details, or undefined. */
export function contactDataIn(value) {
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    return texts.map(contactDataProblem).find((problem) => problem !== undefined);
}
/** Choices from a shared definition's enum (roles, event kinds, provinces...), typed as the records type them. */
export const enumChoices = (definition) => {
    const values = allowedValues(definition);
    // The values are kept on the function too, for shell completion of the flag.
    return Object.assign(() => values.map((value) => ({ name: value, value: value })), { values });
};
/** A text answer given so far, or '' (a field's functions see earlier answers untyped). */
export const givenText = (given, key) => (typeof given[key] === 'string' ? given[key] : '');
/** A list answer given so far, or an empty list. */
export const givenList = (given, key) => {
    const value = given[key];
    return Array.isArray(value) ? value.map(String) : [];
};
/**
 * An id made from another answer (a name or title), or given with its flag. When no id
 * can be made (a name in Urdu script), it is asked for, or without a terminal the error
 * names the flag.
 */
export function idField(options) {
    const maxLength = options.maxLength ?? MAX_SLUG_LENGTH;
    return text({
        question: `Id of the ${options.what} (lowercase letters, digits and hyphens)`,
        help: `the ${options.what}'s id`,
        valueName: 'id',
        required: true,
        defaultHelp: `from the ${options.from}`,
        default: (given) => {
            const slug = slugify(givenText(given, options.from)).slice(0, maxLength).replace(/-+$/, '');
            return slug === '' ? undefined : slug;
        },
        check: (value, given, context) => {
            if (!isSlug(value) || value.length > maxLength) {
                const slug = idOfName(value);
                const instead = slug !== undefined && slug.length <= maxLength ? ` (\`${slug}\`, say)` : '';
                return `\`${value}\` is not a valid id: use lowercase letters, digits and single hyphens, at most ${maxLength} characters${instead}`;
            }
            return options.taken(value, given, context);
        },
        missing: (given, _context, flag) => `${flag} is missing: no id can be made from \`${givenText(given, options.from)}\`, so give one in lowercase letters, digits and hyphens (like ${options.example})`,
    });
}
/**
 * What to tell the user when an id was made from a name partly in another script (`Hamza
 * علی` gives `hamza`): what was left out is nothing they chose, so it is said.
 */
export function idNote(name, id, what, flag = '--id') {
    const letters = name.normalize('NFKD').replace(/\p{Mn}/gu, '');
    if (slugify(name) !== id || !/\p{L}/u.test(letters.replace(/[A-Za-z]/g, '')))
        return undefined;
    return `The ${what}'s id is \`${id}\`, made from \`${name}\` with what is not in Latin letters left out; give ${flag} to choose another.`;
}
/** A date field of a record, checked by its schema. */
export function dateField(question, kind, path, more = {}) {
    return text({ question: `${question} (YYYY-MM-DD)`, help: lowerFirst(question), valueName: 'YYYY-MM-DD', check: bySchema(kind, path), ...more });
}
/** A date field that is today unless given: `today` is the command's "today" (--as-of). */
export function dateOrToday(question, kind, path) {
    return dateField(question, kind, path, { required: true, default: (_given, context) => context.today, defaultHelp: 'today' });
}
/**
 * A date in a lab's life, today unless given: checked by its schema, and never before the
 * lab was founded (the audit's `before-founding` rule), as it is typed. A day that is past
 * by its nature (the day someone joined) is never after today either: `past` says what to
 * give instead (`the day they joined`).
 */
export function labDateOrToday(question, kind, path, past) {
    return {
        ...dateOrToday(question, kind, path),
        check(value, _given, { lab, today }) {
            const founded = lab.lab?.record?.founded;
            const before = founded !== undefined && value < founded;
            const fix = `give a later date, or correct the lab's \`founded\` with \`cil lab edit ${lab.id} --founded <date>\``;
            return bySchema(kind, path)(value)
                ?? (before ? `${value} is before lab ${lab.id} was founded (${founded}); ${fix}` : undefined)
                ?? (past !== undefined ? afterToday(value, today, past) : undefined);
        },
    };
}
/** Why a day that is past by its nature cannot be `day`: it is after today. `instead` says what to give. */
export function afterToday(day, today, instead) {
    return day > today ? `${day} is after today (${formatDay(today)}); give ${instead}` : undefined;
}
/**
 * The lab's members as choices, by name: active ones, or given a day, those who were part
 * of the lab that day (an event's attendance offers nobody who joined after it).
 */
export function memberChoices(lab, on) {
    return [...lab.members.entries()]
        .filter(([, { record }]) => record === undefined || (on === undefined ? record.status === 'active' : activeOn(record, on)))
        .map(([id, file]) => ({ name: file.record?.name ? `${file.record.name} (${id})` : id, value: id }));
}
/** Refuses ids that are not members of the lab (with a suggestion for a typo). */
export function knownMembers(lab, value) {
    return unknownIds(value, [...lab.members.keys()], `a member of lab ${lab.id}`);
}
export function partnerIds(lab) {
    const partners = lab.lab?.record?.partners ?? [];
    return partners.map((partner) => partner.id);
}
export function partnerChoices(lab) {
    return (lab.lab?.record?.partners ?? []).map((partner) => ({ name: `${partner.name} (${partner.id})`, value: partner.id }));
}
/** Refuses ids that are not partners in the lab's lab.yaml. */
export function knownPartners(lab, value) {
    return unknownIds(value, partnerIds(lab), `a partner of lab ${lab.id} (partners are listed in ${lab.dir}/lab.yaml)`);
}
function unknownIds(value, known, what) {
    const ids = typeof value === 'string' ? [value] : value;
    const unknown = ids.find((id) => !known.includes(id));
    if (unknown === undefined)
        return undefined;
    // An id written as a name (`Ayesha Khan`) names the id made from it.
    const named = idOfName(unknown);
    const match = named !== undefined && known.includes(named) ? named : closestMatch(unknown, known);
    return `\`${unknown}\` is not ${what}${match ? `; did you mean \`${match}\`?` : known.length ? `; known: ${known.join(', ')}` : ''}`;
}

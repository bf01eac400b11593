/**
 * Builds a field of a type, keeping the literal `required` for the answers' type. A field
 * taken only `when` something holds may have no answer, whether or not it is required.
 */
function field(type) {
    function build(spec) {
        return { ...spec, type };
    }
    return build;
}
export const text = field('text');
export const texts = field('texts');
export const list = field('list');
export const number = field('number');
export const integer = field('integer');
export const flag = field('boolean');
/**
 * Text that the field's check allows only some values of (an SPDX licence id among hundreds:
 * typed, not chosen from a list), typed as those values.
 */
export function textAmong(spec) {
    return { ...spec, type: 'text' };
}
/** One of a set of values; `V` is the values' type when the choices say it (`enumChoices<Role>`). */
export function choice(spec) {
    return { ...spec, type: 'choice' };
}
/** Any of a set of values (member ids, partner ids). */
export function choices(spec) {
    return { ...spec, type: 'choices' };
}
/** A number for each of the keys its choices give, each asked on its own: `--hours sara-malik=16`, repeatable. */
export function amounts(spec) {
    return { ...spec, type: 'amounts' };
}
export const argument = (help) => ({ help });
export const optionalArgument = (help) => ({ help, optional: true });
export const variadicArgument = (help) => ({ help, optional: true, variadic: true });
/** `weeklyHours` -> `--weekly-hours`: the flag of a field, from its key. */
export const flagOf = (key) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

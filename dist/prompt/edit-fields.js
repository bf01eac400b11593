/** Whether two answers are the same value (texts, numbers, lists of them). */
export const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * A field of a record that is edited: its current value is its default, so that a question
 * shows it and Enter keeps it, and a run with flags leaves it as it is. Keeping a value is
 * never refused (what is wrong with it is the audit's to say, and the edit may be its fix);
 * a new value is checked as the field checks it.
 */
export function editing(field, current) {
    const { defaultHelp: _computed, ...rest } = field;
    return {
        ...rest,
        default: (given, context) => current(context, given),
        check: (value, given, context) => (sameValue(value, current(context, given)) ? undefined : field.check?.(value, given, context)),
    };
}

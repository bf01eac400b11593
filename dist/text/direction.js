// Text written right to left (Urdu, Pashto and Sindhi in Arabic script) inside English text.
/** A letter of a script written right to left (Arabic, and Urdu, Pashto, Sindhi in it; Hebrew, Syriac...), or a mark turning text so. */
export const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
// Unicode's embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): inside a
// name, one could end its isolate early or turn the text after it.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const HAS_DIRECTION_CONTROL = new RegExp(DIRECTION_CONTROLS.source);
/**
 * Text that holds a right-to-left letter or a control of direction, between Unicode's
 * first-strong isolate and its end (U+2068, U+2069), its own controls of direction left out:
 * what `<bdi>` does in HTML, for plain text that has no elements, such as a chart's description
 * or its SVG labels. Other text is returned as it is.
 */
export function isolated(text) {
    const controlled = HAS_DIRECTION_CONTROL.test(text);
    if (!controlled && !RIGHT_TO_LEFT.test(text))
        return text;
    return `\u2068${controlled ? text.replace(DIRECTION_CONTROLS, '') : text}\u2069`;
}

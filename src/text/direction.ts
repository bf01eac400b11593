// Text written right to left (Urdu, Pashto and Sindhi in Arabic script) inside English text.

/** A letter of a script written right to left (Arabic, and Urdu, Pashto, Sindhi in it; Hebrew, Syriac...), or a mark turning text so. */
export const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Text that holds a right-to-left letter between Unicode's first-strong isolate and its end
 * (U+2068, U+2069): what `<bdi>` does in HTML, for plain text that has no elements, such as a
 * chart's description or its SVG labels. Other text is returned as it is.
 */
export const isolated = (text: string): string => (RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text);

import { distance } from 'fastest-levenshtein';
// How a name written on a sign-in sheet is compared with the name a member's record holds.
// People write their names in any case, spacing, with or without accents, and in Urdu
// script typed on Arabic or Persian keyboards, whose letters look alike but differ.
// Letters an Arabic or Persian keyboard types for the Urdu ones they look like.
const URDU_LETTERS = new Map([
    ['\u064a', '\u06cc'], // Arabic yeh -> Farsi yeh, as Urdu writes it
    ['\u0649', '\u06cc'], // alef maksura
    ['\u0643', '\u06a9'], // Arabic kaf -> keheh
    ['\u0647', '\u06c1'], // heh -> heh goal
    ['\u06d5', '\u06c1'], // ae
    ['\u0629', '\u06c3'], // teh marbuta -> teh marbuta goal
]);
/**
 * A name as it is compared: compatibility forms folded (NFKC), lower case, marks (accents,
 * Urdu vowel signs) dropped, look-alike Urdu letters made one, tatweel and zero-width joiners
 * dropped, punctuation as space, words separated by single spaces.
 */
export function comparableName(name) {
    return name
        .normalize('NFKC')
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[\u0640\u200b-\u200f\u2060\ufeff]/g, '')
        .replace(/[\u0629\u0643\u0647\u0649\u064a\u06d5]/g, (letter) => URDU_LETTERS.get(letter) ?? letter)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .normalize('NFC');
}
/** The words of a comparable name. */
const wordsOf = (name) => (name === '' ? [] : name.split(' '));
/**
 * How many edits apart two comparable names are, the least of: as written, with their words
 * in order (`Khan Ayesha` is `Ayesha Khan`), and without spaces (`زینب بیبی` is `زینب بی بی`).
 */
export function nameDistance(a, b) {
    const sorted = (name) => wordsOf(name).sort().join(' ');
    const joined = (name) => name.replace(/ /g, '');
    return Math.min(distance(a, b), distance(sorted(a), sorted(b)), distance(joined(a), joined(b)));
}
/**
 * The edits a name may be away from another and still surely be it (one typo in a name of
 * six letters or more, two from twelve, three from twenty), and how far a near miss, worth
 * asking about, may be (a third of its letters).
 */
export function closeness(name) {
    const letters = name.replace(/ /g, '').length;
    const sure = letters < 6 ? 0 : letters < 12 ? 1 : letters < 20 ? 2 : 3;
    return { sure, near: Math.max(1, Math.ceil(letters / 3)) };
}

/** `The member's name` -> `the member's name`: a question as a clause of a longer sentence. */
export function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

import { distance } from 'fastest-levenshtein';
/**
 * The candidate closest to a misspelt word, when one is close enough to be a likely typo
 * (`joind` -> `joined`, `mit` -> `MIT`); undefined otherwise.
 */
export function closestMatch(word, candidates) {
    const lower = word.toLowerCase();
    const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
    if (sameLetters !== undefined)
        return sameLetters;
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - word.length) > limit)
            continue;
        const d = distance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

/** An id: lowercase ASCII letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 64;
export function isSlug(value) {
    return typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
/**
 * An id made from a name: `Bilal Ahmed` -> `bilal-ahmed`, `Zoë Café` -> `zoe-cafe`. Latin
 * accents are folded; letters of other scripts (Urdu, Pashto, Sindhi) have no faithful
 * ASCII form, so they are dropped, and a name written only in them gives '' (the caller
 * then asks for an id rather than inventing one).
 */
export function slugify(name) {
    const folded = name
        .normalize('NFKD')
        .replace(/\p{Mn}/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/[æÆ]/g, 'ae')
        .replace(/[øØ]/g, 'o')
        .replace(/[łŁ]/g, 'l')
        .toLowerCase();
    const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slug.length <= MAX_SLUG_LENGTH)
        return slug;
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf('-');
    return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
/**
 * The id a name typed where an id belongs stands for (`Ayesha Khan` -> `ayesha-khan`), or
 * undefined when the text is no name (a path, say) or is already an id.
 */
export function idOfName(text) {
    if (!/^[\p{L}\p{N}\s_.'-]+$/u.test(text))
        return undefined;
    const slug = slugify(text);
    return slug !== '' && slug !== text ? slug : undefined;
}

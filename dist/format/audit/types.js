/** A network-relative path as the git repository names it. */
export const fromRepoRoot = (path, prefix) => (prefix === '' ? path : `${prefix}/${path}`);

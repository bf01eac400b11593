// The network website's address (cil.yaml's `site_url`): as cil writes and uses it, and as
// GitHub Pages gives it for a repository on github.com.
/**
 * The address as a folder: `https://cfp-labs.github.io/network` and `.../network/` are the
 * same site, and pages are found under it, so it always ends with `/` (the host in lower case,
 * as the URL parser writes it; characters a link cannot hold percent-encoded; no query or fragment).
 */
export function siteAddress(url) {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    if (!parsed.pathname.endsWith('/'))
        parsed.pathname = `${parsed.pathname}/`;
    return parsed.href;
}
// github.com/<owner>/<repo> in the forms git remotes take: https (with or without a user),
// ssh (`git@github.com:owner/repo.git`, `ssh://git@github.com/owner/repo`) and git://.
const GITHUB_REMOTE = /^(?:(?:https?|ssh|git):\/\/(?:[^@/]+@)?|[^@/:]+@)?github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/i;
/**
 * The address GitHub Pages publishes a repository's site at, from the address of a git remote:
 * `https://<owner>.github.io/<repo>/`, or `https://<owner>.github.io/` for the repository named
 * `<owner>.github.io`. Undefined for a remote that is not on github.com.
 */
export function pagesAddress(remote) {
    const match = GITHUB_REMOTE.exec(remote.trim());
    if (!match)
        return undefined;
    const [, owner = '', repo = ''] = match;
    const host = `${owner.toLowerCase()}.github.io`;
    return repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`;
}

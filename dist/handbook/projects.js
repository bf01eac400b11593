import { createRequire } from 'node:module';
/** Statuses past discovery that commit a project to an MoU and open code (abandoned ones are let go). */
const BUILT = new Set(['building', 'launched', 'handed-over', 'closed']);
/** Every valid project that is past discovery. */
export function pastDiscovery(network) {
    return [...network.labs.values()].flatMap((folder) => [...folder.projects.entries()].flatMap(([id, file]) => file.record && BUILT.has(file.record.status) ? [{ folder, id, file, project: file.record }] : []));
}
let permissive;
/**
 * Whether a licence is permissive: on the Blue Oak Council's list of permissive licences,
 * rated bronze or better (its "lead" rating marks licences it advises against), or accepted
 * by the network's policy.
 */
export function isPermissive(license, accepted = []) {
    if (!permissive) {
        const ratings = createRequire(import.meta.url)('@blueoak/list');
        permissive = new Set(ratings.filter((rating) => rating.name !== 'Lead').flatMap((rating) => rating.licenses.map((entry) => entry.id)));
    }
    return permissive.has(license) || accepted.includes(license);
}

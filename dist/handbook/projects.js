import { createRequire } from 'node:module';
/** Statuses past discovery that commit a project to an MoU and open code (abandoned ones are let go). */
const BUILT = new Set(['building', 'launched', 'handed-over', 'closed']);
/** Every valid project that is past discovery. */
export function pastDiscovery(network) {
    return [...network.labs.values()].flatMap((folder) => [...folder.projects.entries()].flatMap(([id, file]) => file.record && BUILT.has(file.record.status) ? [{ folder, id, file, project: file.record }] : []));
}
/**
 * The day a project's MoU was signed: its own `mou_signed`, or else its partner's in lab.yaml
 * (an MoU with the partner covers its projects), as known on `asOf` when given.
 */
export function projectMouSigned(project, lab, asOf) {
    if (project.mou_signed !== undefined)
        return project.mou_signed;
    const signed = lab?.partners?.find((partner) => partner.id === project.partner)?.mou_signed;
    return signed !== undefined && (asOf === undefined || signed <= asOf) ? signed : undefined;
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

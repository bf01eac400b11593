import { createRequire } from 'node:module';
import type { LabFolder, Network, RecordFile } from '../network/types.js';
import type { LabRecord, ProjectRecord } from '../schema/records.generated.js';

export interface ProjectEntry {
  folder: LabFolder;
  id: string;
  file: RecordFile<ProjectRecord>;
  project: ProjectRecord;
}

/** Statuses past discovery that commit a project to an MoU and open code (abandoned ones are let go). */
const BUILT = new Set(['building', 'launched', 'handed-over', 'closed']);

/** Every valid project that is past discovery. */
export function pastDiscovery(network: Network): ProjectEntry[] {
  return [...network.labs.values()].flatMap((folder) =>
    [...folder.projects.entries()].flatMap(([id, file]) =>
      file.record && BUILT.has(file.record.status) ? [{ folder, id, file, project: file.record }] : [],
    ),
  );
}

/**
 * The day a project's MoU was signed: its own `mou_signed`, or else its partner's in lab.yaml
 * (an MoU with the partner covers its projects), as known on `asOf` when given.
 */
export function projectMouSigned(project: ProjectRecord, lab: LabRecord | undefined, asOf?: string): string | undefined {
  if (project.mou_signed !== undefined) return project.mou_signed;
  const signed = lab?.partners?.find((partner) => partner.id === project.partner)?.mou_signed;
  return signed !== undefined && (asOf === undefined || signed <= asOf) ? signed : undefined;
}

interface BlueOakRating {
  name: string;
  licenses: { id: string }[];
}

let permissive: Set<string> | undefined;

/**
 * Whether a licence is permissive: on the Blue Oak Council's list of permissive licences,
 * rated bronze or better (its "lead" rating marks licences it advises against), or accepted
 * by the network's policy.
 */
export function isPermissive(license: string, accepted: readonly string[] = []): boolean {
  if (!permissive) {
    const ratings = createRequire(import.meta.url)('@blueoak/list') as BlueOakRating[];
    permissive = new Set(ratings.filter((rating) => rating.name !== 'Lead').flatMap((rating) => rating.licenses.map((entry) => entry.id)));
  }
  return permissive.has(license) || accepted.includes(license);
}

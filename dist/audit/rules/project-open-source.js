import { isPermissive, pastDiscovery } from '../../handbook/projects.js';
/** The handbook: all code is open source, hosted publicly under a permissive licence. */
export const projectOpenSource = {
    id: 'project-open-source',
    description: "A project past discovery has a public repository (an https address) and a permissive licence: an SPDX id on the Blue Oak Council's list of permissive licences, or one of the policy's `accepted_licenses`.",
    severity: 'error',
    help: {
        why: 'Civic projects are built in the open so that other cities can reuse them and the public can check them: the handbook asks for a public repository and a permissive licence.',
        fix: 'Publish the code and record `repository: https://...`, and record a permissive `license` as an SPDX id (MIT, Apache-2.0, BSD-3-Clause...). A network that accepts another licence lists it in cil.yaml\'s `policy.accepted_licenses`.',
        example: {
            file: 'labs/peshawar/projects/toilet-finder.yaml',
            yaml: 'name: Public Toilet Finder\nstatus: launched\nrepository: https://github.com/cil-peshawar/toilet-finder\nlicense: GPL-3.0-only\n',
            finding: 'labs/peshawar/projects/toilet-finder.yaml:4:10 error project-open-source GPL-3.0-only is not a permissive licence (it is not on the Blue Oak Council\'s list); the handbook asks for permissive licences such as MIT or Apache-2.0, or add it to the policy\'s `accepted_licenses` in cil.yaml',
        },
    },
    reads: 'lab',
    check({ network, settings, report }) {
        for (const { folder, id, file, project } of pastDiscovery(network)) {
            if (project.repository === undefined) {
                report({
                    file: file.path,
                    path: ['status'],
                    message: `project ${project.name} (${id}) of lab ${folder.id} is ${project.status} without a public repository; publish the code and record \`repository: https://...\``,
                });
            }
            if (project.license === undefined) {
                report({
                    file: file.path,
                    path: ['status'],
                    message: `project ${project.name} (${id}) of lab ${folder.id} has no \`license\`; choose a permissive one such as MIT or Apache-2.0 and record its SPDX id`,
                });
            }
            else if (!isPermissive(project.license, settings.policy.accepted_licenses)) {
                report({
                    file: file.path,
                    path: ['license'],
                    message: `${project.license} is not a permissive licence (it is not on the Blue Oak Council's list); the handbook asks for permissive licences such as MIT or Apache-2.0, or add it to the policy's \`accepted_licenses\` in cil.yaml`,
                });
            }
        }
    },
};

import { activeOn } from '../../handbook/membership.js';
/** The handbook: every lab is led by a lead. */
export const labHasLead = {
    id: 'lab-has-lead',
    description: "A lab that is not closed has at least one lead, and every lead in lab.yaml's `leads` is an active member.",
    severity: 'error',
    help: {
        why: 'The handbook asks every lab to be led: the lead answers for the lab\'s meetings and reports, and `cil codeowners` asks the leads to review the lab\'s changes. A lead who left leaves the lab without one.',
        fix: 'Name an active member as lead (`cil lab edit <lab> --add-lead <member>`), then take out the leads who are no longer active (`--remove-lead <member>`).',
        example: {
            file: 'labs/quetta/lab.yaml',
            yaml: 'name: Civic Innovation Lab Quetta\nfounded: 2026-04-01\nleads: [naveed-kakar]\n',
            finding: 'labs/quetta/lab.yaml:3:9 error lab-has-lead lead Naveed Kakar (naveed-kakar) of lab quetta is alumni; name an active member as lead in `leads`',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, asOf, report }) {
        for (const folder of network.labs.values()) {
            const lab = folder.lab?.record;
            const path = folder.lab?.path;
            if (!lab || !path || lab.status === 'closed')
                continue;
            let active = 0;
            lab.leads.forEach((id, index) => {
                const member = folder.members.get(id)?.record;
                if (!member)
                    return; // the reference rule reports leads that are no members
                if (member.status === 'active' && activeOn(member, asOf)) {
                    active++;
                    return;
                }
                report({
                    file: path,
                    path: ['leads', index],
                    message: `lead ${member.name} (${id}) of lab ${folder.id} is ${member.status === 'active' ? 'not yet a member on this date' : member.status}; name an active member as lead in \`leads\``,
                });
            });
            if (active === 0 && lab.leads.every((id) => folder.members.get(id)?.record)) {
                report({
                    file: path,
                    path: ['leads'],
                    message: `lab ${folder.id} has no active lead; the handbook asks every lab to be led: name one in \`leads\``,
                });
            }
        }
    },
};

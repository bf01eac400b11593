import { formatDay } from '../../calendar/format.js';
import { reportPeriod } from '../../handbook/report-names.js';
/** A lab's records tell its story from its founding: nothing in them can come earlier. */
export const beforeFounding = {
    id: 'before-founding',
    description: "No event, member, project or periodic report of a lab is dated before the lab was founded (lab.yaml's `founded`).",
    severity: 'error',
    help: {
        why: 'A lab\'s founding is where its history and its obligations start: an event, member, project or report dated before it is a wrong date, on the record or in lab.yaml, and would be judged against months the lab did not exist.',
        fix: 'Correct the record\'s date (`date`, `joined`, `started` or the report\'s `period`; `cil member edit <lab> <member> --joined <date>` corrects a member\'s), or the lab\'s `founded` with `cil lab edit <lab> --founded <date>` if that is the one that is wrong.',
        example: {
            file: 'labs/quetta/members/mahnoor-baloch.yaml',
            yaml: 'name: Mahnoor Baloch\ngithub: mahnoorb\njoined: 2026-03-15\n',
            finding: 'labs/quetta/members/mahnoor-baloch.yaml:3:9 error before-founding Mahnoor Baloch joined on 15 March 2026, before lab quetta was founded (1 April 2026); correct `joined` with `cil member edit quetta mahnoor-baloch --joined <date>`, or the lab\'s `founded` with `cil lab edit quetta --founded <date>`',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const folder of network.labs.values()) {
            const founded = folder.lab?.record?.founded;
            if (founded === undefined)
                continue;
            /**
             * Reports `field` of a record when its date comes before the founding; `happened` says what
             * the date is, in words, and `command` how to correct it.
             */
            const early = (file, field, date, happened, command) => {
                if (date === undefined || date >= founded)
                    return;
                report({
                    file,
                    path: [field],
                    message: `${happened(formatDay(date))}, before lab ${folder.id} was founded (${formatDay(founded)}); correct \`${field}\`${command ? ` with \`${command}\`` : ''}, or the lab's \`founded\` with \`cil lab edit ${folder.id} --founded <date>\``,
                });
            };
            for (const { path, record } of folder.events.values())
                early(path, 'date', record?.date, (day) => `this event took place on ${day}`);
            for (const [id, { path, record }] of folder.members) {
                early(path, 'joined', record?.joined, (day) => `${record?.name} joined on ${day}`, `cil member edit ${folder.id} ${id} --joined <date>`);
            }
            for (const { path, record } of folder.projects.values())
                early(path, 'started', record?.started, (day) => `this project started on ${day}`);
            for (const { path, record } of folder.reports.values()) {
                const period = record && reportPeriod(record);
                early(path, 'period', period?.end, (day) => `this report is for ${period?.label}, which ended on ${day}`);
            }
        }
    },
};

import { listCommand, readCommand, writeCommand } from './declare.js';
const PERIODIC = [
    ['monthly', 'the monthly progress update (successes, blockers, next steps)'],
    ['quarterly', 'the quarterly events-and-meetups report (story, takeaways)'],
    ['midyear', 'the mid-year report'],
    ['annual', 'the annual report'],
];
/** `cil report <kind> <lab>`, `cil report render` and `cil report list`. */
export function declareReport(report, context) {
    const drafts = () => import('../commands/report-draft.js');
    for (const [kind, what] of PERIODIC) {
        writeCommand(report, kind, `draft ${what} and render its document`, context, async () => (await drafts()).periodicReportDraft(kind));
    }
    writeCommand(report, 'discovery', "draft a project's discovery research report and render its document", context, async () => (await drafts()).discoveryReportDraft);
    writeCommand(report, 'closure', "draft a project's closure report and render its document", context, async () => (await drafts()).closureReportDraft);
    writeCommand(report, 'impact', "draft the network's impact report of a year and render its document from every lab's records", context, async () => (await import('../commands/report-impact.js')).impactReportDraft);
    const { io, state } = context;
    readCommand(report, 'render', "render every report's document (or the labs' named) from its record, the records and the templates", {
        load: () => import('../commands/report-render.js'),
        inputs: (module) => module.reportRenderInputs,
        async run(module, { args, answers, globals }) {
            const result = await module.reportRender({ cwd: io.cwd, repo: globals.repo, check: answers.check, labs: args.labs });
            const verb = answers.check ? 'Stale or missing' : 'Rendered';
            const lines = result.changed.map((path) => `${verb}: ${path}`);
            lines.push(`${result.changed.length} ${answers.check ? 'to render' : 'rendered'}, ${result.unchanged} up to date.`);
            if (answers.check && result.changed.length > 0)
                lines.push('Run `cil report render` and commit the result.');
            io.stdout.write(`${lines.join('\n')}\n`);
            state.exitCode = result.exitCode;
        },
    });
    listCommand(report, 'list', "each lab's reports and whether each is due, submitted, late or missing", context, async () => (await import('../commands/report-list.js')).reportList);
}

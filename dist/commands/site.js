import { networkFiles, siteFacts } from '../site/build-site.js';
import { writeAllLabs } from '../site/lab-pool.js';
import { combinedChartFigures } from '../site/site-charts.js';
import { loadSiteTemplates } from '../site/templates.js';
import { text } from '../prompt/fields.js';
import { listLabRecords } from '../network/list-files.js';
import { cilVersion } from '../version.js';
import { finishSite, openSiteFolder, writeSiteFiles } from '../write/site-output.js';
import { invalidRecords } from '../network/left-out.js';
import { chosenLabs, openNetwork } from './read-network.js';
/** What `cil site` takes from its command line. */
export const siteInputs = {
    arguments: {},
    fields: {
        out: text({ question: 'Write the site into this folder', help: 'the folder to write the site into (default: _site)', valueName: 'dir' }),
        baseUrl: text({
            question: 'The address the site is published at',
            help: "the address the site is published at (https://...), for the links that must be whole: calendars to subscribe to (default: cil.yaml's site_url)",
            valueName: 'url',
            check: (value) => (/^https?:\/\/\S+$/.test(value) ? undefined : 'give the whole address, starting with https:// or http://'),
        }),
    },
};
/** `cil site`: the network's website and the core team's dashboard, written into a folder. */
export async function site(options) {
    // The labs' own records only: each lab is read whole (its documents too) by the thread that makes its pages, once.
    const { network, settings, asOf } = openNetwork(options, ['lab'], listLabRecords);
    const { dir, before } = openSiteFolder(network.root, options.cwd, options.out ?? '_site');
    const facts = siteFacts(settings, asOf, `cil ${cilVersion()}`, options.baseUrl ?? settings.siteUrl);
    const labNames = chosenLabs(network).flatMap((folder) => {
        const record = folder.lab?.record;
        return record ? [[folder.id, record.name]] : [];
    });
    const templates = loadSiteTemplates(network.root);
    const task = { root: network.root, dir, labs: labNames.map(([id]) => id), labNames, site: facts };
    const made = await writeAllLabs(task, templates, options.threads);
    // The figures are those of `cil status`, without the audit's counts of findings, which the site does not show.
    const charts = combinedChartFigures(made.labs.map((lab) => lab.charts), settings, asOf);
    const whole = writeSiteFiles(dir, networkFiles(facts, made.labs.map((lab) => lab.lab), charts, templates));
    // A lab whose lab.yaml fails its schema has no pages at all: said with the rest.
    const labsLeftOut = invalidRecords(chosenLabs(network).flatMap((folder) => (folder.lab ? [folder.lab] : [])));
    const leftOut = [...labsLeftOut, ...made.labs.flatMap((lab) => lab.lab.leftOut)]
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { ...finishSite(dir, before, [whole, ...made.written]), leftOut };
}

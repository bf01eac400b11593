import { networkFiles, siteFacts } from '../site/build-site.js';
import { writeAllLabs } from '../site/lab-pool.js';
import { chartFigures } from '../site/site-charts.js';
import { loadSiteTemplates } from '../site/templates.js';
import { text } from '../prompt/fields.js';
import { cilVersion } from '../version.js';
import { finishSite, openSiteFolder, writeSiteFiles } from '../write/site-output.js';
import { chosenLabs, openNetwork } from './read-network.js';
import { labStandings } from './status.js';
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
    // The records, without the documents: each lab's are read with it, as its pages are made.
    const { network, settings, asOf } = openNetwork(options, ['lab', 'member', 'event', 'project', 'report']);
    const { dir, before } = openSiteFolder(network.root, options.cwd, options.out ?? '_site');
    const facts = siteFacts(settings, asOf, `cil ${cilVersion()}`, options.baseUrl ?? settings.siteUrl);
    // The figures are those of `cil status`, without the audit's counts of findings, which the site does not show.
    const standings = labStandings(network, settings, asOf, chosenLabs(network), { audit: false });
    const charts = chartFigures(network, settings, asOf);
    const whole = writeSiteFiles(dir, networkFiles(facts, network, standings, charts, loadSiteTemplates(network.root)));
    const labNames = standings.map((lab) => [lab.id, lab.name]);
    const task = { root: network.root, dir, labs: standings.map((lab) => lab.id), labNames, site: facts, charts };
    const labs = await writeAllLabs(task, options.threads);
    return finishSite(dir, before, [whole, ...labs]);
}

import { siteFiles } from '../site/build-site.js';
import { text } from '../prompt/fields.js';
import { loadNetwork } from '../network/load-network.js';
import { cilVersion } from '../version.js';
import { writeSite } from '../write/site-output.js';
import { chosenLabs, openNetwork } from './read-network.js';
import { labStandings } from './status.js';
/** What `cil site` takes from its command line. */
export const siteInputs = {
    arguments: {},
    fields: {
        out: text({ question: 'Write the site into this folder', help: 'the folder to write the site into (default: _site)', valueName: 'dir' }),
        baseUrl: text({
            question: 'The address the site is published at',
            help: 'the address the site is published at (https://...), for the links that must be whole: calendars to subscribe to',
            valueName: 'url',
            check: (value) => (/^https?:\/\/\S+$/.test(value) ? undefined : 'give the whole address, starting with https:// or http://'),
        }),
    },
};
/** The site's files, from the records and the standings `cil status` computes from them. */
function siteOf({ network, settings, asOf }, baseUrl) {
    // The figures are those of `cil status`, without the audit's counts of findings, which the site does not show.
    const standings = labStandings(network, settings, asOf, chosenLabs(network), { audit: false });
    const documents = (lab) => {
        const { documents: files } = loadNetwork(network.root, { labs: [lab], select: (file) => file.kind === 'document' }).labs.get(lab) ?? {};
        return new Map([...(files ?? [])].flatMap(([id, file]) => (file.text === undefined ? [] : [[id, file.text]])));
    };
    return siteFiles({ network, settings, asOf, standings, baseUrl, generator: `cil ${cilVersion()}`, documents });
}
/** `cil site`: the network's website and the core team's dashboard, written into a folder. */
export function site(options) {
    // Records only: each lab's documents are read as its pages are made.
    const opened = openNetwork(options, ['lab', 'member', 'event', 'project', 'report']);
    const result = writeSite(opened.network.root, options.cwd, options.out ?? '_site', siteOf(opened, options.baseUrl));
    return { ...result, files: result.written + result.kept };
}

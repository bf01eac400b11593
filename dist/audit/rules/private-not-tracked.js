/** Contact details, where a lab keeps them at all, stay in `private/`, which git ignores and never tracks. */
export const privateNotTracked = {
    id: 'private-not-tracked',
    name: 'PrivateFolderNotTracked',
    description: 'When the network repo is a git repository, git ignores its `private/` folder (the `.gitignore` `cil init` writes says `private/`) and tracks no file in it; outside a git repository the rule says nothing.',
    severity: 'error',
    help: {
        why: 'private/ is where a lab keeps what must never be published: contact details of members and citizens, drafts. A file in it that git tracks is pushed with everything else, and a private/ that git does not ignore is one `git add .` away from it.',
        fix: 'Add the line `private/` to the network\'s `.gitignore`, and stop tracking what git tracks there with `git rm --cached -- <file>` (the file stays on your disk). If it was pushed, it is in the history: ask the core team to rewrite it, and tell the people whose details it held.',
        example: {
            file: 'private/citizens.csv',
            finding: 'private/citizens.csv error private-not-tracked git tracks private/citizens.csv, and nothing in private/ may be published; run `git rm --cached -- private/citizens.csv` (the file stays on your disk) and commit',
        },
    },
    reads: { network: [], git: true },
    check({ network, report }) {
        const folder = network.privateFolder;
        if (folder === undefined)
            return;
        if (!folder.ignored) {
            report({
                file: '.gitignore',
                message: 'git does not ignore private/, where contact details are kept; add the line `private/` to the network\'s .gitignore and commit it',
            });
        }
        for (const path of folder.tracked) {
            report({
                file: path,
                message: `git tracks ${path}, and nothing in private/ may be published; run \`git rm --cached -- ${path}\` (the file stays on your disk) and commit`,
            });
        }
    },
};

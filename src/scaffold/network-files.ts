import { Document, isScalar, isSeq, type YAMLMap } from 'yaml';
import { HANDBOOK_POLICY } from '../network/settings.js';
import { describeProperty, SCHEMA_BASE_URL, SCHEMA_FILES } from '../schema/validate.js';
import type { PlannedFile } from '../write/write-files.js';
import { SCHEMA_COPY_DIR, schemaCopies } from './schema-copies.js';

export interface NetworkSettingsAnswers {
  network: string;
  timezone: string;
  coreTeam: string[];
  /** The website's address, ending with `/`; without it the README says where GitHub Pages puts it. */
  siteUrl?: string;
}

/** The version of cil that the scaffolded CI workflow installs. */
export interface ScaffoldContext {
  cilVersion: string;
}

/**
 * The files of a new network repo (besides labs): cil.yaml with the handbook's policy
 * written out and explained, a README on the workflow and the website, .gitignore (with
 * the folder `cil site` writes into), the CI workflow (with the job that publishes the
 * site), the editor association of the schemas and the copy of the schemas it points at.
 */
export function networkFiles(answers: NetworkSettingsAnswers, context: ScaffoldContext): PlannedFile[] {
  return [
    { path: 'cil.yaml', text: networkConfigYaml(answers) },
    { path: 'README.md', text: networkReadme(answers.network, answers.siteUrl) },
    { path: '.gitignore', text: 'private/\nnode_modules/\n_site/\n' },
    { path: '.github/workflows/cil-audit.yml', text: auditWorkflow(context.cilVersion) },
    { path: '.vscode/settings.json', text: editorSettings() },
    ...schemaCopies(),
  ];
}

export function networkConfigYaml({ network, timezone, coreTeam, siteUrl }: NetworkSettingsAnswers): string {
  const doc = new Document(
    { network, timezone, core_team: coreTeam, ...(siteUrl === undefined ? {} : { site_url: siteUrl }), policy: { ...HANDBOOK_POLICY } },
    { version: '1.2', schema: 'core' },
  );
  doc.commentBefore = [
    ' Settings of the network. Every policy value is the CIL handbook\'s default, written out',
    ' so that labs see what `cil audit` holds them to; change one here to change it for all.',
    ' `rules:` may change a rule\'s severity: rules: { meetups-per-month: warning }',
  ].join('\n');
  const policy = doc.get('policy') as YAMLMap;
  for (const pair of policy.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const description = describeProperty('config', ['policy', key]);
    if (description && isScalar(pair.value)) pair.value.comment = ` ${description}`;
  }
  const team = doc.get('core_team', true);
  if (isSeq(team)) team.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Where each kind of record lives in a network repo, as globs from its root. */
export const RECORD_GLOBS: Readonly<Record<keyof typeof SCHEMA_FILES, string[]>> = {
  config: ['cil.yaml'],
  lab: ['labs/*/lab.yaml'],
  member: ['labs/*/members/*.yaml'],
  citizen: ['labs/*/citizens/*.yaml'],
  event: ['labs/*/events/*.yaml'],
  project: ['labs/*/projects/*.yaml'],
  report: ['labs/*/reports/*.yaml'],
  impact: ['reports/*-impact.yaml'],
};

/**
 * The yaml-language-server's association of each record folder with its schema: the copy in
 * the repo (a path relative to the workspace folder), which works offline, and whose `$ref`s
 * resolve to the copies beside it.
 */
export function editorSettings(): string {
  return `${JSON.stringify({ 'yaml.schemas': editorAssociations() }, null, 2)}\n`;
}

function editorAssociations(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(RECORD_GLOBS).map(([kind, paths]) => [`./${SCHEMA_COPY_DIR}/${SCHEMA_FILES[kind as keyof typeof SCHEMA_FILES]}`, paths]),
  );
}

/**
 * Editor settings (`.vscode/settings.json`) whose `yaml.schemas` point at the copies: an
 * association with a published schema address (which older versions of cil wrote, and which
 * works only online) or with a copy is replaced, everything else is kept. Undefined when the
 * settings are already so, or are no plain JSON object (VS Code allows comments: those are
 * left for a person to change).
 */
export function updatedEditorSettings(current: string | undefined): string | undefined {
  if (current === undefined) return editorSettings();
  let settings: unknown;
  try {
    settings = JSON.parse(current);
  } catch {
    return undefined;
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const { 'yaml.schemas': schemas, ...rest } = settings as Record<string, unknown>;
  const others = Object.entries(schemas !== null && typeof schemas === 'object' ? schemas : {}).filter(
    ([key]) => !key.startsWith(SCHEMA_BASE_URL) && !key.startsWith(`./${SCHEMA_COPY_DIR}/`),
  );
  const text = `${JSON.stringify({ ...rest, 'yaml.schemas': { ...Object.fromEntries(others), ...editorAssociations() } }, null, 2)}\n`;
  return text === current.replace(/\r\n/g, '\n') ? undefined : text;
}

/** Whether the workflow publishes the site: on a push to main, once the repository's variable CIL_SITE is true. */
const PUBLISHING = "github.event_name == 'push' && github.ref == 'refs/heads/main' && vars.CIL_SITE == 'true'";

export function auditWorkflow(cilVersion: string): string {
  return `# Checks every pull request with cil: findings show on their lines, and the review of
# the change (what changed in each lab, who may change it) is posted as a comment.
# On main it can also publish the network's website on GitHub Pages: see the README.
name: cil

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  pull-requests: write

jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # The whole history, so that cil can find where the pull request left main.
          fetch-depth: 0
      - uses: codeforpakistan/cil@v${cilVersion}
        with:
          # Builds the site (\`cil site\`) after the audit and uploads it for the job below.
          site: \${{ ${PUBLISHING} }}

  # Publishes the site built above, from main only, once the repository's variable CIL_SITE
  # is true (Settings, Secrets and variables, Actions, Variables) and Pages' source is
  # GitHub Actions (Settings, Pages). A main whose audit fails keeps the last site.
  site:
    if: \${{ ${PUBLISHING} }}
    needs: audit
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deploy.outputs.page_url }}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
      - id: deploy
        uses: actions/deploy-pages@v4
`;
}

/**
 * The network's README. The website's address (cil.yaml's `site_url`, which the URL parser
 * wrote: no space or angle bracket left in it) is linked as an autolink, which Markdown shows
 * as it is; without it, the README says where GitHub Pages publishes a repository's site.
 */
export function networkReadme(network: string, siteUrl?: string): string {
  const website = siteUrl === undefined ? '' : `\nIts website, built from these records, is <${siteUrl}>,\nwith the core team's dashboard at <${siteUrl}dashboard/>.\n`;
  const where = siteUrl === undefined
    ? `\`https://<owner>.github.io/<repository>/\` (this repository's account or organisation,
and its name)`
    : `<${siteUrl}> (\`site_url\` in \`cil.yaml\`)`;
  return `# ${network}

This repository is the record of the network's Civic Innovation Labs: each lab, its
members, events, projects and reports, one YAML file each, checked by
[cil](https://github.com/codeforpakistan/cil).
${website}
## For labs

1. Install git and Node.js 20.19 or later, then cil, from its repository (it is not on
   npm yet):

   \`\`\`sh
   git clone https://github.com/codeforpakistan/cil.git
   cd cil && npm ci && npm install -g .
   \`\`\`

   Then, in this repository, run \`cil init\` to register a new lab, or work in your lab's
   folder under \`labs/\`.
2. Keep your records with \`cil member add <lab>\`, \`cil event add <lab>\` and
   \`cil project add <lab>\`: each asks what it needs, or takes flags (\`--help\` lists
   them), and \`--commit\` commits what it wrote.
3. Run \`cil audit\` before you push: it names the file, line and fix of every problem.
4. Open a pull request. CI runs the same audit; the core team reviews and merges.

Contact details (phone numbers, e-mail addresses) never go in records: keep them in
\`private/\`, which git ignores.

## The network's website

\`cil site\` builds the network's website from these records: a page per lab, project and
report, the events, and the core team's dashboard. CI publishes it with GitHub Pages, at
${where}, once two settings are made:

1. Settings, Pages: set the source to GitHub Actions.
2. Settings, Secrets and variables, Actions, Variables: add \`CIL_SITE\` with the value \`true\`.

Each push to main then rebuilds the site after the audit (a main whose audit fails keeps the
last site); the \`site\` job of \`.github/workflows/cil-audit.yml\` publishes it. Run
\`cil site\` to see it on your computer, in \`_site/\`.

## For reviewers

- CI must be green: \`cil audit\` checks every record against the schemas and the rules.
- A lab changes its own folder under \`labs/\`; changes to \`cil.yaml\`, templates or
  workflows are for the core team.
`;
}

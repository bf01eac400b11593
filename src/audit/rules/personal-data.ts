import type { RecordPath } from '../../schema/types.js';
import { isIsoDate } from '../../schema/formats.js';
import { documentStates } from '../../reports/render.js';
import { type ContactData, findContactData, mask } from '../../text/contact-data.js';
import { isSlug } from '../../text/slug.js';
import type { Rule } from '../types.js';

const GITHUB_HANDLE = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The handbook: contact details never go in public records; where a lab needs them, they belong in private/. */
export const personalData: Rule = {
  id: 'personal-data',
  description:
    'No record or report holds e-mail addresses, phone numbers (Pakistani or international) or CNIC numbers; dates, ids, web addresses and GitHub handles are not taken for them. Contact details belong in private/.',
  severity: 'error',
  reads: 'lab',
  check({ network, settings, report }) {
    for (const folder of [...network.labs.values()]) {
      const inRecords = new Set<string>();
      const files = [
        ...(folder.lab ? [folder.lab] : []),
        ...folder.members.values(),
        ...folder.events.values(),
        ...folder.projects.values(),
        ...folder.reports.values(),
      ];
      for (const file of files) {
        eachString(file.data, (value, path) => {
          for (const found of findContactData(value)) {
            inRecords.add(found.text);
            report({ file: file.path, path: path(), message: message(found, path()) });
          }
        });
      }
      // A current document holds only its records' text (scanned above) and the templates';
      // only a stale one can hold something of its own.
      const current = new Set(
        documentStates(network, settings)
          .filter((state) => state.lab === folder.id && state.state === 'current')
          .map((state) => state.document),
      );
      for (const document of folder.documents.values()) {
        if (current.has(document.path)) continue;
        for (const found of findContactData(document.text ?? '').filter((entry) => !inRecords.has(entry.text))) {
          const offset = document.text?.indexOf(found.text) ?? 0;
          report({ file: document.path, offset, message: message(found, undefined) });
        }
      }
    }
    eachString(network.config.data, (value, path) => {
      for (const found of findContactData(value)) report({ file: network.config.path, path: path(), message: message(found, path()) });
    });
  },
};

function message(found: ContactData, path: RecordPath | undefined): string {
  const field = path?.filter((segment) => typeof segment === 'string').at(-1);
  const where = field === undefined ? 'this document holds' : `\`${field}\` holds`;
  return `${where} what looks like ${found.what} (${mask(found.text)}); contact details belong in private/, never in a public record: remove it`;
}

/**
 * Calls `visit` with every string value in a record and a way to get its path; ids, dates,
 * web addresses and GitHub handles are skipped whole. Paths are built only when asked for:
 * most strings hold nothing to report.
 */
function eachString(value: unknown, visit: (text: string, path: () => RecordPath) => void): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown, key: string | undefined) => {
    if (typeof node === 'string') {
      if (!(isSlug(node) || isIsoDate(node) || (key === 'github' && GITHUB_HANDLE.test(node)))) visit(node, () => [...path]);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        path.push(index);
        walk(item, key);
        path.pop();
      });
    } else if (node !== null && typeof node === 'object') {
      for (const name of Object.keys(node)) {
        path.push(name);
        walk((node as Record<string, unknown>)[name], name);
        path.pop();
      }
    }
  };
  walk(value, undefined);
}

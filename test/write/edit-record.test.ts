import { describe, expect, it } from 'vitest';
import { editYaml, setKey } from '../../src/write/edit-record.js';

describe('editYaml', () => {
  it.each([
    ['a list', 'partners: # who we work with\n  - id: pitb\n'],
    ['a mapping', 'channels: # where we talk\n  slack: "#cil"\n'],
  ])('keeps a comment on the line of a key holding %s there, as the file had it', (_what, block) => {
    const text = `name: Lab\n${block}status: active # for now\n`;
    const edited = editYaml('lab.yaml', text, (record, doc) => setKey(record, doc, 'name', 'Lab Lahore'));
    expect(edited).toBe(text.replace('name: Lab\n', 'name: Lab Lahore\n'));
  });

  it('leaves a comment written on its own line where it was', () => {
    const text = 'name: Lab\npartners:\n  # who we work with\n  - id: pitb\n';
    expect(editYaml('lab.yaml', text, (record, doc) => setKey(record, doc, 'name', 'Lab Lahore'))).toBe(text.replace('name: Lab\n', 'name: Lab Lahore\n'));
  });
});

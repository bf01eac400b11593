import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { choice, text } from '../../src/prompt/fields.js';
import { bySchema, dateField } from '../../src/prompt/record-fields.js';
import { gather } from '../../src/prompt/gather.js';
import { type InquirerPrompts, inquirerPrompter } from '../../src/prompt/prompter.js';
import { testIo } from '../helpers/io.js';

type Rendered = Awaited<ReturnType<typeof render>>;

/** inquirer's real prompts, each rendered on a virtual screen the test can type into. */
function virtualTerminal() {
  let current: Rendered | undefined;
  const drive = <F extends (...args: never[]) => unknown>(prompt: F) =>
    (async (config: unknown) => {
      current = await render(prompt as never, config as never);
      return current.answer;
    }) as unknown as F;
  const prompts: InquirerPrompts = {
    input: drive(input),
    select: drive(select),
    checkbox: drive(checkbox),
    confirm: drive(confirm),
  };
  // inquirer renders on later turns of the event loop: let it take them, a turn at a time.
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const screen = async () => {
    while (!current) await turn();
    return current;
  };
  /** The screen once it shows `text`, after at most a hundred turns of the event loop. */
  const showing = async (text: string) => {
    for (let turns = 0; turns < 100 && !current?.getScreen().includes(text); turns++) await turn();
    return current?.getScreen() ?? '';
  };
  const next = async () => {
    current = undefined;
    return screen();
  };
  return { prompter: inquirerPrompter(prompts), screen, next, showing };
}

describe('the terminal prompter, on inquirer', () => {
  it('shows the schema message for a bad answer and takes a good one', async () => {
    const terminal = virtualTerminal();
    const fields = {
      name: text({ question: "The member's name", required: true, check: bySchema('member', ['name']) }),
      joined: dateField('Date they joined', 'member', ['joined'], { required: true, default: '2026-11-20' }),
      gender: choice({ question: 'Gender', choices: ['woman', 'man'] }),
    };
    const answers = gather(fields, {}, undefined, { io: testIo('/'), prompter: terminal.prompter });

    let question = await terminal.screen();
    expect(question.getScreen()).toContain("The member's name");
    question.events.type('Sara Malik');
    question.events.keypress('enter');

    question = await terminal.next();
    expect(question.getScreen()).toContain('Date they joined (YYYY-MM-DD) (2026-11-20)');
    question.events.type('2026-02-30');
    question.events.keypress('enter');
    expect(await terminal.showing('`joined` must be a real date')).toContain('`joined` must be a real date from 2000 to 2100 written YYYY-MM-DD');
    for (let i = 0; i < 10; i++) question.events.keypress('backspace');
    question.events.type('2026-02-01');
    question.events.keypress('enter');

    question = await terminal.next();
    expect(question.getScreen()).toMatch(/Gender \(optional\)[\s\S]*\(skip\)[\s\S]*woman/);
    question.events.keypress('down');
    question.events.keypress('enter');

    expect(await answers).toEqual({ name: 'Sara Malik', joined: '2026-02-01', gender: 'woman' });
  });

  it('turns a declinable suggestion down on Backspace, then Enter, as the question says', async () => {
    const terminal = virtualTerminal();
    const fields = {
      site: text({ question: 'Website', default: 'https://cfp-labs.github.io/network/', declinable: true }),
      kept: text({ question: 'Another', default: 'suggested', declinable: true }),
    };
    const answers = gather(fields, {}, undefined, { io: testIo('/'), prompter: terminal.prompter });

    let question = await terminal.screen();
    expect(question.getScreen().replace(/\s+/g, ' ')).toContain('Website (optional; Backspace to leave it out) (https://cfp-labs.github.io/network/)');
    question.events.keypress('backspace');
    expect(await terminal.showing('leave it out)')).not.toContain('(https://cfp-labs.github.io/network/)');
    question.events.keypress('enter');

    question = await terminal.next();
    question.events.keypress('enter');

    expect(await answers).toEqual({ kept: 'suggested' });
  });
});

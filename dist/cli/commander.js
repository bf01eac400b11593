import { createRequire } from 'node:module';
// commander is CommonJS. Imported as an ES module it takes Node 20 about twice as long to
// load (it scans the source for exports), which every run, `cil --help` included, would
// pay: it is required instead. Type-only imports of 'commander' stay as they are.
const commander = createRequire(import.meta.url)('commander');
export const { Argument, Command, CommanderError, InvalidArgumentError, Option } = commander;

import { afterAll } from 'vitest';
import { removeTestdirs } from './helpers/testdir.js';

// Run before every test file, also where the files of a worker share their modules: the
// temporary folders a file made are removed when it ends.
afterAll(removeTestdirs);

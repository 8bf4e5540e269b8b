import { EXIT } from './gate.js';
import { processIo } from './io.js';
import { main } from './main.js';

// A closed pipe (`gainsay check … | head`) ends the run quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gainsay: unexpected error: ${String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);

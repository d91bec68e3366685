/** `npm run data:assembly` (see command.ts and docs/editing.md, "Keeping the Assembly's records current"). */
import { run } from './command';

process.exitCode = await run(process.argv.slice(2));

import type { AssemblyBallotsFile, AssemblyCompositionsFile } from '../../../src/lib/data/schemas';

/** What an import gives: the two files' content, not yet validated nor written, and what to warn about. */
export interface ImportResult {
	compositions: AssemblyCompositionsFile;
	ballots: AssemblyBallotsFile;
	/** Things a person should know but that do not stop the import, one line each. */
	warnings: string[];
}

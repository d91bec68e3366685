/**
 * The one kind of failure the importer reports: a message that names the archive entry or research file,
 * the ballot and the field, printed as it is (no stack trace), after which nothing is written.
 */
export class ImportError extends Error {
	override name = 'ImportError';
}

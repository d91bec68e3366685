/**
 * The Assembly's ballot archive (Scrutins.json.zip) → the two generated files. Pure: the archive's bytes
 * and assembly.json in, the files' content and any warnings out. Every ballot is read for its number, date,
 * title and groups (so that an unknown group or a group counting too many deputies stops the import
 * wherever it is); the kept ones are read in full.
 */
import type { AssemblyFile, Ballot } from '../../../src/lib/data/schemas';
import { recordedCompositions, type SeatsOnBallot } from './compositions';
import { ImportError } from './errors';
import { ballotPage, ballotRecord, ballotsFile, compositionsFile, type Newest } from './files';
import { groupIdsByOrganeRef, groupsOnBallot, seatsOf } from './groups';
import type { ImportResult } from './result';
import { scrutinRecord, scrutinSummary } from './scrutin';
import { ballotKind, selectedNumbers } from './selection';
import { zipEntries } from './zip';

/** Reads every ballot of the archive; `archive` names it in messages (e.g. its file name). */
export function importArchive(
	bytes: Uint8Array,
	assembly: AssemblyFile,
	archive = 'Scrutins.json.zip'
): ImportResult {
	const entries = zipEntries(bytes, archive).filter((entry) => entry.name.endsWith('.json'));
	if (entries.length === 0) throw new ImportError(`${archive}: holds no ballot file (no .json entry)`);
	const groupOrder = assembly.groups.map((g) => g.id);
	const byOrganeRef = groupIdsByOrganeRef(assembly.groups);
	const entryOf = new Map<number, string>();
	const usable: SeatsOnBallot[] = [];
	const undetermined: number[] = [];
	const kept: Ballot[] = [];
	const warnings: string[] = [];
	let newest: Newest | undefined;
	for (const entry of entries) {
		const where = `${archive}, entry ${entry.name}`;
		let raw: unknown;
		try {
			raw = JSON.parse(
				entry
					.read()
					.toString('utf8')
					.replace(/^\uFEFF/, '')
			);
		} catch (error) {
			if (error instanceof ImportError) throw error;
			throw new ImportError(`${where}: is not JSON (${(error as Error).message})`);
		}
		const summary = scrutinSummary(raw, where);
		const named = `${where} (ballot n° ${summary.number})`;
		const twin = entryOf.get(summary.number);
		if (twin !== undefined)
			throw new ImportError(`${named}: field "numero" repeats ballot n° ${summary.number} of entry ${twin}`);
		entryOf.set(summary.number, entry.name);
		if (!newest || summary.number > newest.number) newest = { number: summary.number, date: summary.date };
		const groups = groupsOnBallot(summary.groups, groupOrder, byOrganeRef, named);
		if (groups.determined) usable.push({ ...summary, seats: seatsOf(groups.groups, groupOrder) });
		else undetermined.push(summary.number);
		let kind;
		try {
			kind = ballotKind(summary.number, summary.title, assembly.ballotSelection);
		} catch (error) {
			throw error instanceof ImportError ? new ImportError(`${named}: ${error.message}`) : error;
		}
		if (kind === null) continue;
		if (!groups.determined)
			throw new ImportError(
				`${named}: is kept as "${kind}", but ${groups.undetermined} of its groups are undetermined (organeRef PO0), so its votes cannot be given group by group`
			);
		const scrutin = scrutinRecord(raw, where);
		for (const mismatch of scrutin.nominalMismatches) warnings.push(`${named}: ${mismatch}`);
		kept.push(ballotRecord(scrutin, kind, groups.groups));
	}
	for (const [number, field] of selectedNumbers(assembly.ballotSelection))
		if (!entryOf.has(number))
			throw new ImportError(
				`content/data/assembly.json: field "${field}" names ballot n° ${number}, which ${archive} does not hold`
			);
	if (usable.length === 0)
		throw new ImportError(`${archive}: no ballot names its groups, so no composition can be read`);
	if (undetermined.length > 0) {
		const list = undetermined.toSorted((a, b) => a - b).join(', ');
		warnings.push(
			`skipped for compositions, their groups being undetermined (organeRef PO0): ballot${undetermined.length > 1 ? 's' : ''} n° ${list}`
		);
	}
	const compositions = recordedCompositions(usable, assembly.totalSeats, ballotPage);
	const origin = { kind: 'archive' } as const;
	return {
		compositions: compositionsFile(newest!, origin, compositions),
		ballots: ballotsFile(newest!, origin, kept),
		warnings
	};
}

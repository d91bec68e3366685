/** The zip reader: what the Assembly's archive needs, and one clear failure for each way an archive breaks. */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../scripts/data/assembly/errors';
import { zipEntries } from '../../../scripts/data/assembly/zip';
import { zipArchive } from './zipWriter';

const files = [
	{ name: 'json/VTANR5L17V1.json', data: '{"scrutin":{"numero":"1","titre":"l’amendement"}}' },
	{ name: 'json/VTANR5L17V2.json', data: 'x'.repeat(5000), method: 0 as const }
];

/** Where the first entry's data starts in an archive from zipArchive() without extra fields. */
const firstData = 30 + files[0]!.name.length;

const contents = (archive: Buffer) =>
	zipEntries(archive).map((entry) => [entry.name, entry.read().toString('utf8')]);

/** The message an archive fails with, reading every entry. */
function failure(archive: Uint8Array): string {
	try {
		for (const entry of zipEntries(archive, 'Scrutins.json.zip')) entry.read();
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as Error).message;
	}
	throw new Error('the archive was read without failing');
}

describe('zipEntries', () => {
	it('reads deflated and stored entries, in the order of the central directory', () => {
		expect(contents(zipArchive(files))).toEqual(files.map((f) => [f.name, f.data]));
	});

	it.each([
		['sizes written after the data, as streaming writers do', { dataDescriptors: true }],
		['extra fields on every header', { extra: Buffer.from([0x55, 0x54, 0x05, 0x00, 1, 2, 3, 4, 5]) }],
		['a comment at the end of the archive', { comment: 'Assemblée nationale' }]
	])('reads an archive with %s', (_, options) => {
		expect(contents(zipArchive(files, options))).toEqual(files.map((f) => [f.name, f.data]));
	});

	it('leaves folders out', () => {
		const archive = zipArchive([{ name: 'json/', data: '', method: 0 }, files[0]!]);
		expect(zipEntries(archive).map((entry) => entry.name)).toEqual(['json/VTANR5L17V1.json']);
	});

	it('inflates an entry only when it is read', () => {
		const archive = zipArchive(files);
		archive.fill(0, firstData, firstData + 10);
		const entries = zipEntries(archive);
		expect(entries.map((entry) => entry.name)).toHaveLength(2);
		expect(entries[1]!.read().toString()).toBe(files[1]!.data);
		expect(() => entries[0]!.read()).toThrow(ImportError);
	});

	it.each([
		[
			'an HTML page',
			Buffer.from('<!doctype html><title>Assemblée nationale</title>'),
			/^Scrutins\.json\.zip: is not a zip archive, or is truncated/
		],
		['an empty file', Buffer.alloc(0), /^Scrutins\.json\.zip: is not a zip archive, or is truncated/],
		[
			'an archive cut short',
			zipArchive(files).subarray(0, 200),
			/^Scrutins\.json\.zip: is not a zip archive, or is truncated/
		]
	])('refuses %s', (_, bytes, message) => {
		expect(failure(bytes)).toMatch(message);
	});

	it('names the entry whose data was damaged', () => {
		const archive = zipArchive(files);
		archive[firstData + 5] = archive[firstData + 5]! ^ 0xff;
		expect(failure(archive)).toMatch(
			/^Scrutins\.json\.zip, entry json\/VTANR5L17V1\.json: (is damaged|cannot be inflated)/
		);
	});

	it('names the entry whose stored bytes do not match their CRC-32', () => {
		const archive = zipArchive(files);
		const at = archive.indexOf('xxxxx');
		archive[at] = 'y'.charCodeAt(0);
		expect(failure(archive)).toBe(
			"Scrutins.json.zip, entry json/VTANR5L17V2.json: is damaged (its size or CRC-32 does not match the archive's directory)"
		);
	});

	it('says when the central directory points past the end', () => {
		const archive = zipArchive(files);
		const end = archive.length - 22;
		archive.writeUInt32LE(archive.readUInt32LE(end + 16) + 1000, end + 16);
		expect(failure(archive)).toMatch(/^Scrutins\.json\.zip: is truncated or damaged \(its central directory/);
	});

	it('refuses a compression method it cannot read, naming the entry', () => {
		const archive = zipArchive([files[0]!]);
		const directory = archive.readUInt32LE(archive.length - 22 + 16);
		archive.writeUInt16LE(12, directory + 10); // bzip2
		expect(failure(archive)).toMatch(/entry json\/VTANR5L17V1\.json: uses compression method 12/);
	});
});

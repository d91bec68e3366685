/**
 * A small reader for the zip archives the Assembly publishes (deflate or stored entries, no encryption, no
 * zip64), with Node's zlib: enough for Scrutins.json.zip without an npm dependency. Pure: bytes in, entries
 * out; each entry is inflated only when read, and checked against its size and CRC-32, so a damaged or
 * truncated archive fails with the entry named rather than yielding half a file.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from './errors';

export interface ZipEntry {
	/** The entry's path inside the archive, e.g. `json/VTANR5L17V3260.json`. */
	name: string;
	/** The entry's bytes, inflated and checked. */
	read(): Buffer;
}

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;
const endRecordLength = 22;
const maxCommentLength = 0xffff;

/** The offset of the end-of-central-directory record, searched from the end (it may carry a comment). */
function findEnd(bytes: Buffer, archive: string): number {
	const last = bytes.length - endRecordLength;
	for (let at = last; at >= Math.max(0, last - maxCommentLength); at--)
		if (bytes.readUInt32LE(at) === endOfCentralDirectory) return at;
	throw new ImportError(
		`${archive}: is not a zip archive, or is truncated (no end-of-central-directory record in its ${bytes.length} bytes)`
	);
}

/** The file entries of a zip archive, in the order of its central directory (folders left out). */
export function zipEntries(data: Uint8Array, archive = 'archive'): ZipEntry[] {
	const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	const end = findEnd(bytes, archive);
	const count = bytes.readUInt16LE(end + 10);
	const directorySize = bytes.readUInt32LE(end + 12);
	const directoryOffset = bytes.readUInt32LE(end + 16);
	if (count === 0xffff || directoryOffset === 0xffffffff)
		throw new ImportError(`${archive}: is a zip64 archive, which this reader does not read`);
	if (directoryOffset + directorySize > end)
		throw new ImportError(
			`${archive}: is truncated or damaged (its central directory, at byte ${directoryOffset}, runs past byte ${end})`
		);
	const entries: ZipEntry[] = [];
	let at = directoryOffset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > end || bytes.readUInt32LE(at) !== centralHeader)
			throw new ImportError(
				`${archive}: is damaged (entry ${i + 1} of ${count} of its central directory is unreadable)`
			);
		const flags = bytes.readUInt16LE(at + 8);
		const method = bytes.readUInt16LE(at + 10);
		const crc = bytes.readUInt32LE(at + 16);
		const compressedSize = bytes.readUInt32LE(at + 20);
		const size = bytes.readUInt32LE(at + 24);
		const nameLength = bytes.readUInt16LE(at + 28);
		const extraLength = bytes.readUInt16LE(at + 30);
		const commentLength = bytes.readUInt16LE(at + 32);
		const offset = bytes.readUInt32LE(at + 42);
		const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
		at += 46 + nameLength + extraLength + commentLength;
		if (name.endsWith('/')) continue;
		const where = `${archive}, entry ${name}`;
		entries.push({
			name,
			read() {
				if (flags & 1) throw new ImportError(`${where}: is encrypted`);
				if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== localHeader)
					throw new ImportError(`${where}: is damaged (no local header at byte ${offset})`);
				const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
				if (start + compressedSize > bytes.length)
					throw new ImportError(`${where}: is truncated (its data runs past the end of the archive)`);
				const stored = bytes.subarray(start, start + compressedSize);
				let content: Buffer;
				if (method === 0) content = Buffer.from(stored);
				else if (method === 8)
					try {
						content = inflateRawSync(stored);
					} catch (error) {
						throw new ImportError(`${where}: cannot be inflated (${(error as Error).message})`);
					}
				else
					throw new ImportError(
						`${where}: uses compression method ${method}; only stored (0) and deflate (8) are read`
					);
				if (content.length !== size || crc32(content) !== crc)
					throw new ImportError(
						`${where}: is damaged (its size or CRC-32 does not match the archive's directory)`
					);
				return content;
			}
		});
	}
	return entries;
}

/**
 * A tiny zip writer for the tests: enough to build archives like the Assembly's (deflate or stored entries,
 * sizes in the central directory, optionally after the data as in streamed zips) and to break them on purpose.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
	name: string;
	data: Buffer | string;
	/** 8 (deflate, the default) or 0 (stored). */
	method?: 0 | 8;
}

export interface ZipOptions {
	/** Write sizes and CRC after each entry's data (general-purpose flag bit 3), as streaming writers do. */
	dataDescriptors?: boolean;
	/** An extra field on each header, as many writers add (timestamps, Unix ids). */
	extra?: Buffer;
	/** A comment at the end of the archive. */
	comment?: string;
}

export function zipArchive(inputs: readonly ZipInput[], options: ZipOptions = {}): Buffer {
	const extra = options.extra ?? Buffer.alloc(0);
	const flags = options.dataDescriptors ? 0x0808 : 0x0800;
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const input of inputs) {
		const data = Buffer.from(input.data);
		const method = input.method ?? 8;
		const stored = method === 8 ? deflateRawSync(data) : data;
		const name = Buffer.from(input.name, 'utf8');
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(flags, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(options.dataDescriptors ? 0 : crc, 14);
		local.writeUInt32LE(options.dataDescriptors ? 0 : stored.length, 18);
		local.writeUInt32LE(options.dataDescriptors ? 0 : data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(extra.length, 28);
		const descriptor = Buffer.alloc(options.dataDescriptors ? 16 : 0);
		if (options.dataDescriptors) {
			descriptor.writeUInt32LE(0x08074b50, 0);
			descriptor.writeUInt32LE(crc, 4);
			descriptor.writeUInt32LE(stored.length, 8);
			descriptor.writeUInt32LE(data.length, 12);
		}
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(flags, 8);
		header.writeUInt16LE(method, 10);
		header.writeUInt32LE(crc, 16);
		header.writeUInt32LE(stored.length, 20);
		header.writeUInt32LE(data.length, 24);
		header.writeUInt16LE(name.length, 28);
		header.writeUInt16LE(extra.length, 30);
		header.writeUInt32LE(offset, 42);
		central.push(header, name, extra);
		parts.push(local, name, extra, stored, descriptor);
		offset += local.length + name.length + extra.length + stored.length + descriptor.length;
	}
	const directory = Buffer.concat(central);
	const comment = Buffer.from(options.comment ?? '', 'utf8');
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(inputs.length, 8);
	end.writeUInt16LE(inputs.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	end.writeUInt16LE(comment.length, 20);
	return Buffer.concat([...parts, directory, end, comment]);
}

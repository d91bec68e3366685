/** What changed in the Assembly between two compositions: each group whose size moved, and the vacant seats. */

export interface SeatCount {
	seats: Readonly<Record<string, number>>;
	vacant: number;
}

export interface CompositionChange {
	/** Groups whose seats changed, in `order`. */
	groups: { group: string; from: number; to: number }[];
	vacant: { from: number; to: number };
}

export function compositionChange(
	before: SeatCount,
	after: SeatCount,
	order: readonly string[]
): CompositionChange {
	return {
		groups: order
			.map((group) => ({ group, from: before.seats[group] ?? 0, to: after.seats[group] ?? 0 }))
			.filter((change) => change.from !== change.to),
		vacant: { from: before.vacant, to: after.vacant }
	};
}

/** The simulator's presets as the reader sees them: each one's label and description, in the reader's language. */
import type { Translate } from '$lib/i18n/translate';
import { presetIds, type PresetId } from './scenario';

const keys = {
	positions: ['preset.positions', 'preset.positionsDescription'],
	nfp: ['preset.nfp', 'preset.nfpDescription'],
	'nfp-rn': ['preset.nfpRn', 'preset.nfpRnDescription'],
	lfi: ['preset.lfi', 'preset.lfiDescription']
} as const satisfies Record<PresetId, readonly [string, string]>;

/** Every preset, in order, with its label and description for `VoteSimulator`'s `presets` prop. */
export function presetOptions(t: Translate): { id: PresetId; label: string; description: string }[] {
	return presetIds.map((id) => ({ id, label: t(keys[id][0]), description: t(keys[id][1]) }));
}

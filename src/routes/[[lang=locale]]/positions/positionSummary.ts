/** The text alternative of the position map, generated from the data: who is where on NATO. */
import type { PositionParty, PositionStep } from '$lib/charts/positions/types';
import type { Translate } from '$lib/i18n/translate';

export function positionSummary(
	t: Translate,
	parties: readonly PositionParty[],
	steps: readonly PositionStep[]
): string {
	const lines = steps
		.map((step) => {
			const members = parties.filter((p) => p.stance === step.id).map((p) => p.label);
			return members.length
				? t('positionMap.summaryStep', { stance: step.label, parties: members.join(', ') })
				: '';
		})
		.filter(Boolean);
	const unknown = parties.filter((p) => !steps.some((s) => s.id === p.stance)).map((p) => p.label);
	if (unknown.length) lines.push(t('positionMap.summaryUnknown', { parties: unknown.join(', ') }));
	return lines.join(' ');
}

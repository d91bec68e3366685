/**
 * Under what terms our text and data may be reused (LICENSE-CONTENT.md says the same at more length): ours under
 * CC BY 4.0, with the parts that are not ours to license named, each with its own terms. Written into every data
 * download's JSON. Pure.
 */

export interface Licence {
	/** The SPDX identifier, where the licence has one. */
	spdx?: string;
	name: string;
	url: string;
}

export const codeLicence: Licence = {
	spdx: 'MIT',
	name: 'MIT License',
	url: 'https://opensource.org/license/mit'
};

export const contentLicence: Licence = {
	spdx: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/'
};

/** What in a dataset is not ours to license: the Assembly's records, the survey's values, quotations. */
export type ThirdParty = 'assembly' | 'ches' | 'quotations';

const thirdParties: Record<ThirdParty, { licence: Licence; what: string; terms: string }> = {
	assembly: {
		licence: {
			spdx: 'etalab-2.0',
			name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
			url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
		},
		what: "The seat counts and ballots read from the National Assembly's open data (data.assemblee-nationale.fr).",
		terms:
			'Reuse them under that licence, naming the source (Assemblée nationale) and the date of the data (asOf).'
	},
	ches: {
		licence: { name: "The Chapel Hill Expert Survey's own terms", url: 'https://chesdata.eu/ches-europe' },
		what: "The parties' scores on the survey's scales, values from the Chapel Hill Expert Survey's files.",
		terms: "We found no licence in the files we read: check the survey's own terms before republishing them."
	},
	quotations: {
		licence: { name: "Their authors' and publishers' rights", url: contentLicence.url },
		what: 'Words quoted from politicians, officials and publications, reproduced as short quotations with their sources.',
		terms: 'Our English translations of them are under CC BY 4.0.'
	}
};

/** A dataset's licence as its JSON download states it: ours, the credit to give, and the parts with other terms. */
export function dataLicence(credit: string, others: readonly ThirdParty[]) {
	return {
		...contentLicence,
		credit,
		except: others.map((id) => ({
			...thirdParties[id].licence,
			what: thirdParties[id].what,
			terms: thirdParties[id].terms
		}))
	};
}

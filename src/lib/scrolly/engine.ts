/**
 * The scrolly engine: a small script inlined in the page head, so that it runs before the first paint and
 * needs no framework. It
 * - picks the reading mode (`<html data-scrolly="sticky" | "article">`): sticky graphics, or a plain article,
 *   which is also what readers who prefer reduced motion get by default, and what print and no-JavaScript get;
 * - marks the step the reader is on (`data-active` on the step), from scroll position alone, on load, scroll,
 *   resize and orientation change;
 * - keeps that step in the address (`#<step id>`, replaced, not pushed, so Back is not flooded), and lands on
 *   the step named in the address on load;
 * - fills the previous/next links and the "step k of n" status, and runs the article-mode toggle.
 *
 * `scrollyEngine` is serialised with `toString()`: it must stay self-contained (no imports, no outer names).
 */
import { activeStepIndex } from './activeStep';

export const modeStorageKey = 'scrolly-mode';

export function scrollyEngine(activeIndex: typeof activeStepIndex, storageKey: string): void {
	const root = document.documentElement;
	const stored = (() => {
		try {
			return localStorage.getItem(storageKey);
		} catch {
			return null;
		}
	})();
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	root.dataset.scrolly =
		stored === 'article' || stored === 'sticky' ? stored : reduced ? 'article' : 'sticky';

	const start = () => {
		const scrollies = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
		if (scrollies.length === 0) return;
		const stepsOf = (scrolly: HTMLElement) => [...scrolly.querySelectorAll<HTMLElement>('[data-step]')];
		const anchorOf = (step: HTMLElement) => step.querySelector<HTMLElement>('[data-step-anchor]')!;
		const allSteps = scrollies.flatMap(stepsOf);
		let announce = false;

		const line = (scrolly: HTMLElement) => {
			const fraction = parseFloat(getComputedStyle(scrolly).getPropertyValue('--scrolly-line'));
			return innerHeight * (fraction > 0 && fraction < 1 ? fraction : 0.5);
		};

		const update = () => {
			let current: HTMLElement | null = null;
			for (const scrolly of scrollies) {
				const steps = stepsOf(scrolly);
				const tops = steps.map((step) => anchorOf(step).getBoundingClientRect().top);
				const end = scrolly.getBoundingClientRect().bottom;
				const y = line(scrolly);
				const index = end < y ? -1 : activeIndex(tops, y);
				steps.forEach((step, i) => {
					if (i === index) step.setAttribute('data-active', '');
					else step.removeAttribute('data-active');
				});
				scrolly.dataset.active = String(index);
				const shown = Math.max(index, 0);
				const status = scrolly.querySelector<HTMLElement>('[data-scrolly-status]');
				if (status)
					status.textContent = (status.dataset.template ?? '{k}/{n}')
						.replace('{k}', String(shown + 1))
						.replace('{n}', String(steps.length));
				const link = (selector: string, target: HTMLElement | undefined) => {
					const a = scrolly.querySelector<HTMLAnchorElement>(selector);
					if (!a) return;
					if (target) {
						a.href = `#${anchorOf(target).id}`;
						a.removeAttribute('aria-disabled');
					} else {
						a.removeAttribute('href');
						a.setAttribute('aria-disabled', 'true');
					}
				};
				link('[data-scrolly-prev]', index > 0 ? steps[index - 1] : undefined);
				link('[data-scrolly-next]', steps[index + 1]);
				if (index >= 0) {
					current = steps[index]!;
					const live = scrolly.querySelector<HTMLElement>('[data-scrolly-live]');
					if (announce && live)
						live.textContent = `${status?.textContent ?? ''}. ${current.dataset.alt ?? ''}`;
				}
			}
			announce = false;
			const hash = current ? `#${anchorOf(current).id}` : '';
			const onStep = allSteps.some((step) => `#${anchorOf(step).id}` === location.hash);
			if (hash !== location.hash && (hash || onStep))
				history.replaceState(history.state, '', hash || location.pathname + location.search);
		};

		let frame = 0;
		const schedule = () => {
			if (!frame)
				frame = requestAnimationFrame(() => {
					frame = 0;
					update();
				});
		};

		const goTo = (id: string) => {
			const target = document.getElementById(id);
			if (target) target.scrollIntoView({ block: 'start' });
		};

		const landOnHash = () => {
			const id = decodeURIComponent(location.hash.slice(1));
			if (!allSteps.some((step) => anchorOf(step).id === id)) return;
			// The address names the step: land on it, and keep the browser from restoring an older scroll position.
			history.scrollRestoration = 'manual';
			goTo(id);
		};

		for (const scrolly of scrollies) {
			for (const a of scrolly.querySelectorAll('[data-scrolly-prev], [data-scrolly-next]'))
				a.addEventListener('click', () => (announce = true));
			for (const toggle of scrolly.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]')) {
				toggle.hidden = false;
				toggle.setAttribute('aria-pressed', String(root.dataset.scrolly === 'article'));
				toggle.addEventListener('click', () => {
					// Keep the reader on the step they were reading: find it before the layout changes.
					const step = allSteps.find((s) => s.hasAttribute('data-active')) ?? stepsOf(scrolly)[0];
					const mode = root.dataset.scrolly === 'article' ? 'sticky' : 'article';
					root.dataset.scrolly = mode;
					try {
						localStorage.setItem(storageKey, mode);
					} catch {
						// Private browsing: the choice lasts for this page only.
					}
					for (const t of document.querySelectorAll('[data-scrolly-toggle]'))
						t.setAttribute('aria-pressed', String(mode === 'article'));
					if (step) goTo(anchorOf(step).id);
					update();
				});
			}
		}

		landOnHash();
		update();
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule);
		addEventListener('hashchange', schedule);
		addEventListener('load', schedule);
	};

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}

/** The engine as an inline `<script>` element: the function's source, called with its step finder. */
export function scrollyEngineScript(): string {
	return `<script>(${scrollyEngine.toString()})(${activeStepIndex.toString()}, ${JSON.stringify(modeStorageKey)});</script>`;
}

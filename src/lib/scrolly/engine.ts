/**
 * The scrolly engine: a small script inlined in the page head, so that it runs before the first paint and
 * needs no framework. It
 * - picks the reading mode (`<html data-scrolly-mode="sticky" | "article">`): sticky graphics, or a plain article,
 *   which is also what readers who prefer reduced motion get by default, and what print and no-JavaScript get;
 * - marks the step the reader is on (`data-active` on the step), from scroll position alone, on load, scroll,
 *   resize and orientation change;
 * - keeps that step in the address (`#<step id>`, replaced, not pushed, so Back is not flooded), and lands on
 *   the step named in the address on load;
 * - runs the previous/next buttons (each a new history entry, so Back returns a step), the "step k of n"
 *   status and the article-mode toggle.
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
	root.dataset.scrollyMode =
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
				// Only changes touch the page: an unchanged step is not marked again.
				steps.forEach((step, i) => step.toggleAttribute('data-active', i === index));
				const status = scrolly.querySelector<HTMLElement>('[data-scrolly-status]');
				if (status)
					status.textContent = (status.dataset.template ?? '{k}/{n}')
						.replace('{k}', String(Math.max(index, 0) + 1))
						.replace('{n}', String(steps.length));
				const prev = scrolly.querySelector<HTMLButtonElement>('[data-scrolly-prev]');
				const next = scrolly.querySelector<HTMLButtonElement>('[data-scrolly-next]');
				if (prev) prev.disabled = index <= 0;
				if (next) next.disabled = index >= steps.length - 1;
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

		const stepNamedInAddress = () => {
			const id = decodeURIComponent(location.hash.slice(1));
			return allSteps.some((step) => anchorOf(step).id === id) ? id : null;
		};

		const landOnHash = () => {
			const id = stepNamedInAddress();
			if (!id) return;
			// The address names the step: land on it, and keep the browser from restoring an older scroll position.
			history.scrollRestoration = 'manual';
			goTo(id);
		};

		for (const scrolly of scrollies) {
			const move = (by: number) => {
				const steps = stepsOf(scrolly);
				const index = steps.findIndex((step) => step.hasAttribute('data-active'));
				const target = steps[Math.min(Math.max(index + by, 0), steps.length - 1)];
				if (!target) return;
				// A new history entry, so that Back returns to the step before.
				history.pushState(history.state, '', `#${anchorOf(target).id}`);
				goTo(anchorOf(target).id);
				announce = true;
				update();
			};
			scrolly.querySelector('[data-scrolly-prev]')?.addEventListener('click', () => move(-1));
			scrolly.querySelector('[data-scrolly-next]')?.addEventListener('click', () => move(1));
			for (const toggle of scrolly.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]')) {
				toggle.setAttribute('aria-pressed', String(root.dataset.scrollyMode === 'article'));
				toggle.addEventListener('click', () => {
					// Keep the reader on the step they were reading: find it before the layout changes.
					const step = allSteps.find((s) => s.hasAttribute('data-active')) ?? stepsOf(scrolly)[0];
					const mode = root.dataset.scrollyMode === 'article' ? 'sticky' : 'article';
					root.dataset.scrollyMode = mode;
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

		addEventListener('popstate', () => {
			// Back and Forward between steps: land on the step the address names.
			landOnHash();
			update();
		});
		// Land on the step in the address now, and again once everything has loaded unless the reader has
		// moved since: anything that changed the layout in between cannot leave them on another step.
		const target = stepNamedInAddress();
		let moved = false;
		for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
			addEventListener(type, () => (moved = true), { passive: true, once: true });
		landOnHash();
		update();
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule);
		addEventListener('hashchange', schedule);
		addEventListener('load', () => {
			if (target && !moved) goTo(target);
			update();
		});
	};

	// Positions mean something only once the page's stylesheets apply: wait for them after parsing.
	const whenStyled = () =>
		Promise.all(
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) =>
				link.sheet
					? null
					: new Promise((done) => {
							link.addEventListener('load', done, { once: true });
							link.addEventListener('error', done, { once: true });
						})
			)
		).then(start);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenStyled);
	else void whenStyled();
}

/** The engine as an inline `<script>` element: the function's source, called with its step finder. */
export function scrollyEngineScript(): string {
	return `<script>(${scrollyEngine.toString()})(${activeStepIndex.toString()}, ${JSON.stringify(modeStorageKey)});</script>`;
}

/**
 * The scrolly engine: a small script inlined in the page head, so that it runs before the first paint and
 * needs no framework. It
 * - picks the reading mode (`<html data-scrolly-mode="sticky" | "article">`): sticky graphics, or a plain article,
 *   which is also what readers who prefer reduced motion get by default, and what print and no-JavaScript get;
 * - marks the step the reader is on (`data-active` on the step) and the one whose figure shows (`data-shown`),
 *   from scroll position alone, on load, scroll, resize and orientation change;
 * - keeps that step in the address (`#<step id>`, replaced, not pushed, so Back is not flooded), and lands on
 *   the step named in the address on load;
 * - runs the previous/next buttons (each a new history entry, so Back returns a step; at a chapter's end they
 *   go on to the next chapter), the "step k of n" status, the story's progress and the article-mode toggle;
 * - marks the scrolly being read (`data-current`), so that only its controls show.
 *
 * Pages get it as a minified inline script (engineScript.ts).
 */
import { activeStepIndex } from './activeStep';

/** Where the reader's choice of reading mode is kept (localStorage). */
const modeStorageKey = 'scrolly-mode';

export interface FontToWarm {
	/** A CSS font shorthand, e.g. `1em Inter`. */
	font: string;
	/** Characters the page's figures need from it, which pick the font file by its unicode range. */
	text: string;
}

export default function scrollyEngine(warmFonts: readonly FontToWarm[]): void {
	const root = document.documentElement;
	const stored = (() => {
		try {
			return localStorage.getItem(modeStorageKey);
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
		// Everything the engine touches, found once.
		const blocks = scrollies.map((scrolly) => {
			const steps = stepsOf(scrolly);
			return {
				scrolly,
				steps,
				anchors: steps.map(anchorOf),
				status: scrolly.querySelector<HTMLElement>('[data-scrolly-status]'),
				prev: scrolly.querySelector<HTMLButtonElement>('[data-scrolly-prev]'),
				next: scrolly.querySelector<HTMLButtonElement>('[data-scrolly-next]'),
				live: scrolly.querySelector<HTMLElement>('[data-scrolly-live]'),
				bar: scrolly.querySelector<HTMLElement>('.scrolly-controls'),
				/** The trigger line as a fraction of the window's height (CSS `--scrolly-line`). */
				line: 0.5,
				/** The active step, -1 for none; -2 before the first update. */
				index: -2
			};
		});
		const allSteps = blocks.flatMap((block) => block.steps);
		let announce = false;
		let current: HTMLElement | null = null;

		const measureLines = () => {
			for (const block of blocks) {
				const fraction = parseFloat(getComputedStyle(block.scrolly).getPropertyValue('--scrolly-line'));
				block.line = fraction > 0 && fraction < 1 ? fraction : 0.5;
			}
		};

		const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));

		const update = () => {
			// Read every position first, then write: one layout per frame, however many scrollies. A scrolly
			// more than a screen away has no active step, and its steps are not measured.
			const h = innerHeight;
			const measured = blocks.map((block) => {
				const box = block.scrolly.getBoundingClientRect();
				const y = h * block.line;
				const index =
					box.bottom < y || box.top > 2 * h
						? -1
						: activeStepIndex(
								block.anchors.map((anchor) => anchor.getBoundingClientRect().top),
								y
							);
				return { index, above: box.top > 0 };
			});
			let changed = false;
			blocks.forEach((block, b) => {
				const { index, above } = measured[b]!;
				if (index === block.index) return;
				changed = true;
				block.index = index;
				// The figure shown: the active step's, or before the first step the first one's, after the last
				// the last one's, so the graphic is in place as the scrolly comes into view and as it leaves.
				const shown = index >= 0 ? index : above ? 0 : block.steps.length - 1;
				block.steps.forEach((step, i) => {
					step.toggleAttribute('data-active', i === index);
					step.toggleAttribute('data-shown', i === shown);
				});
				if (block.status)
					block.status.textContent = (block.status.dataset.template ?? '{k}/{n}')
						.replace('{k}', String(Math.max(index, 0) + 1))
						.replace('{n}', String(block.steps.length));
				// Previous and Next run across chapters: only the story's first and last steps stop them.
				const first = b === 0 && index <= 0;
				const last = b === blocks.length - 1 && index >= block.steps.length - 1;
				if (block.prev) block.prev.disabled = first;
				if (block.next) block.next.disabled = last;
				block.scrolly.toggleAttribute('data-current', index >= 0);
				if (index >= 0)
					block.bar?.style.setProperty(
						'--story-progress',
						String((allSteps.indexOf(block.steps[index]!) + 1) / allSteps.length)
					);
				// When the page is idle, lay out the figures either side of the active step, so that reaching
				// one only fades it in: no layout work in the frame where the step changes.
				// One figure per idle moment, so that no single task grows long.
				const near = index < 0 ? [0, block.steps.length - 1] : [index - 1, index + 1];
				block.steps.forEach((step, i) => {
					if (!near.includes(i)) step.removeAttribute('data-near');
				});
				for (const i of near)
					idle(() => {
						const step = block.steps[i];
						if (block.index !== index || !step) return;
						step.setAttribute('data-near', '');
						step.querySelector('.step-graphic')?.getBoundingClientRect();
					});
			});
			if (!changed && !announce) return;
			const active = blocks.find((block) => block.index >= 0);
			current = active ? active.steps[active.index]! : null;
			if (announce && active?.live)
				active.live.textContent = `${active.status?.textContent ?? ''}. ${current?.dataset.alt ?? ''}`;
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
			let id: string;
			try {
				id = decodeURIComponent(location.hash.slice(1));
			} catch {
				return null; // A malformed escape (`#%`) names no step.
			}
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
				const own = stepsOf(scrolly);
				const index = allSteps.findIndex((step) => step.hasAttribute('data-active'));
				// This scrolly is not the one being read (a keyboard reader in its controls): go to its first step.
				const from = own.includes(allSteps[index]!) ? index : allSteps.indexOf(own[0]!) - by;
				const target = allSteps[Math.min(Math.max(from + by, 0), allSteps.length - 1)];
				if (!target) return;
				// A new history entry, so that Back returns to the step before.
				history.pushState(history.state, '', `#${anchorOf(target).id}`);
				goTo(anchorOf(target).id);
				announce = true;
				update();
				// Moving on to another chapter: the reader's focus goes with them, to that chapter's own button.
				const to = blocks.find((block) => block.steps.includes(target));
				if (to && to.scrolly !== scrolly) (by > 0 ? to.next : to.prev)?.focus({ preventScroll: true });
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
						localStorage.setItem(modeStorageKey, mode);
					} catch {
						// Private browsing: the choice lasts for this page only.
					}
					for (const t of document.querySelectorAll('[data-scrolly-toggle]'))
						t.setAttribute('aria-pressed', String(mode === 'article'));
					measureLines();
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
		measureLines();
		landOnHash();
		update();
		addEventListener('scroll', schedule, { passive: true });
		// A resize or a turn of the phone re-flows the page: once it settles, put the reader back on the step
		// they were reading rather than wherever the new layout leaves them.
		let resized = 0;
		addEventListener('resize', () => {
			const reading = current;
			measureLines();
			clearTimeout(resized);
			resized = window.setTimeout(() => {
				if (reading) goTo(anchorOf(reading).id);
				update();
			}, 150);
		});
		addEventListener('hashchange', schedule);
		addEventListener('load', () => {
			if (target && !moved) goTo(target);
			update();
			// A figure shown later may need a font file no visible text has needed yet. Load it now, while
			// idle, so that it never arrives mid-scroll and re-lays out the page.
			idle(() => warmFonts.forEach(({ font, text }) => void document.fonts.load(font, text).catch(() => {})));
		});
	};

	// Positions mean something only once the page's stylesheets apply: wait for them after parsing. A disabled
	// one (SvelteKit links each stylesheet it inlined that way) never loads, so it is not waited for.
	const whenStyled = () =>
		Promise.all(
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].map((link) =>
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

/** Tests for the geometry predicates, by hand: overlapping, containing, touching and apart. */
import { describe, expect, it } from 'vitest';
import { boxCircleOverlap, boxesOverlap, segmentBoxOverlap, segmentCircleOverlap } from './geometry';

describe('geometry predicates', () => {
	const box = { x: 10, y: 10, width: 20, height: 10 };

	it.each([
		['overlapping', { x: 25, y: 15, width: 10, height: 10 }, true],
		['containing', { x: 0, y: 0, width: 50, height: 50 }, true],
		['touching along an edge', { x: 30, y: 10, width: 10, height: 10 }, false],
		['touching at a corner', { x: 30, y: 20, width: 5, height: 5 }, false],
		['apart', { x: 40, y: 40, width: 5, height: 5 }, false],
		['side by side, overlapping only in x', { x: 15, y: 25, width: 5, height: 5 }, false]
	])('boxesOverlap: %s', (_, other, expected) => {
		expect(boxesOverlap(box, other)).toBe(expected);
		expect(boxesOverlap(other, box)).toBe(expected);
	});

	it.each([
		['centre inside the box', { x: 12, y: 12, r: 1 }, true],
		['crossing an edge', { x: 20, y: 23, r: 4 }, true],
		['touching an edge', { x: 20, y: 25, r: 5 }, false],
		['near a corner, clear of it', { x: 34, y: 24, r: 5 }, false],
		['over a corner', { x: 33, y: 23, r: 5 }, true],
		['of radius 0 inside the box', { x: 15, y: 15, r: 0 }, false]
	])('boxCircleOverlap: %s', (_, circle, expected) => {
		expect(boxCircleOverlap(box, circle)).toBe(expected);
	});

	it.each([
		['crossing the box', { x1: 0, y1: 15, x2: 40, y2: 15 }, true],
		['ending inside it', { x1: 0, y1: 0, x2: 15, y2: 15 }, true],
		['wholly inside it', { x1: 12, y1: 12, x2: 14, y2: 14 }, true],
		['a point inside it', { x1: 12, y1: 12, x2: 12, y2: 12 }, true],
		['running along an edge', { x1: 0, y1: 10, x2: 40, y2: 10 }, false],
		['ending on an edge', { x1: 20, y1: 0, x2: 20, y2: 10 }, false],
		['passing a corner', { x1: 25, y1: 0, x2: 35, y2: 15 }, false],
		['through a corner, touching only it', { x1: 25, y1: 5, x2: 35, y2: 15 }, false],
		['cutting a corner', { x1: 25, y1: 8, x2: 35, y2: 18 }, true],
		['apart', { x1: 0, y1: 0, x2: 5, y2: 40 }, false]
	])('segmentBoxOverlap: %s', (_, segment, expected) => {
		expect(segmentBoxOverlap(segment, box)).toBe(expected);
	});

	it.each([
		['crossing the circle', { x1: -10, y1: 0, x2: 10, y2: 0 }, true],
		['ending inside it', { x1: -10, y1: 0, x2: 0, y2: 0 }, true],
		['tangent to it', { x1: -10, y1: 5, x2: 10, y2: 5 }, false],
		['starting on its edge, going out', { x1: 5, y1: 0, x2: 20, y2: 0 }, false],
		['stopping short of it', { x1: -20, y1: 0, x2: -6, y2: 0 }, false]
	])('segmentCircleOverlap: %s', (_, segment, expected) => {
		expect(segmentCircleOverlap(segment, { x: 0, y: 0, r: 5 })).toBe(expected);
	});
});

/**
 * The geometry of the party position map: stance bands from most to least NATO-sceptical (top to bottom),
 * a survey scale across, dots sized by seats and nudged apart within their band, direct labels that never
 * overlap, and dated trails. Pure: data and pixel size in, positions out.
 */
import { type PlacedLabel } from './labelPlacement.js';
export interface PositionMapPoint {
    id: string;
    label: string;
    stance: string;
    /** The value on the horizontal scale; null leaves the party off the map. */
    x: number | null;
    /** Sets the dot's area (e.g. seats). */
    value: number;
    /** Dated earlier placements, oldest first, ending with the current one. */
    trail: {
        stance: string;
        date: string;
        x: number | null;
    }[];
}
export interface PositionMapOptions {
    /** Size of the whole chart, in px. */
    width: number;
    height: number;
    /** Stance ids, most sceptical first (drawn at the top). */
    steps: readonly string[];
    /** The horizontal scale's domain. */
    domain: [number, number];
    /** Font size of the labels, in px. Default 13. */
    fontSize?: number;
    /** Largest dot radius, in px. Default: a 28th of the width, between 10 and 22. */
    maxRadius?: number;
}
export interface PositionMapLayout {
    plot: {
        x0: number;
        y0: number;
        x1: number;
        y1: number;
    };
    bands: {
        id: string;
        y0: number;
        y1: number;
    }[];
    ticks: {
        value: number;
        x: number;
    }[];
    points: {
        id: string;
        cx: number;
        cy: number;
        r: number;
        label: PlacedLabel;
    }[];
    trails: {
        id: string;
        points: {
            x: number;
            y: number;
            date: string;
        }[];
    }[];
    /** Ids of points with no value on this scale. */
    omitted: string[];
}
export declare function positionMapLayout(points: readonly PositionMapPoint[], options: PositionMapOptions): PositionMapLayout;
/**
 * Moves dots that overlap within their band up or down, alternately, in steps of 2 px, no further than
 * `reach` from the band's centre line; dots are taken from left to right, so the result is deterministic.
 */
export declare function dodge<T extends {
    id: string;
    cx: number;
    cy: number;
    r: number;
}>(dots: readonly T[], reach: number): T[];

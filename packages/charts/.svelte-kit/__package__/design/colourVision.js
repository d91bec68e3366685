/**
 * Colour checks for chart tokens: WCAG contrast, colour-vision-deficiency simulation and CIEDE2000
 * colour difference. Pure functions, no DOM; used by the token tests and the methodology page.
 */
export const visions = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** Parses `#rrggbb` into sRGB channels in 0–1. Throws on anything else. */
export function hexToRgb(hex) {
    const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    if (!match)
        throw new Error(`not a #rrggbb colour: ${hex}`);
    return [parseInt(match[1], 16) / 255, parseInt(match[2], 16) / 255, parseInt(match[3], 16) / 255];
}
const toLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c) => Math.min(1, Math.max(0, c));
/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance(rgb) {
    const [r, g, b] = rgb.map(toLinear);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a, b) {
    const la = relativeLuminance(hexToRgb(a));
    const lb = relativeLuminance(hexToRgb(b));
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
/** Machado, Oliveira & Fernandes (2009) matrices for full dichromacy (severity 1), applied to linear RGB. */
const machado = {
    protanopia: [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998]
    ],
    deuteranopia: [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.01182, 0.04294, 0.968881]
    ],
    tritanopia: [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.3039]
    ]
};
/** How a colour appears to a reader with the given colour vision (sRGB in, sRGB out). */
export function simulateVision(rgb, vision) {
    if (vision === 'normal')
        return rgb;
    const lin = rgb.map(toLinear);
    return machado[vision].map((row) => toGamma(clamp01(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
}
/** sRGB (0–1) to CIELAB, D65 white. */
export function rgbToLab(rgb) {
    const [r, g, b] = rgb.map(toLinear);
    const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
    const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
    const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
    const [fx, fy, fz] = [f(x), f(y), f(z)];
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deg = (rad) => (rad * 180) / Math.PI;
const rad = (d) => (d * Math.PI) / 180;
/** CIEDE2000 colour difference between two CIELAB colours (Sharma, Wu & Dalal 2005). */
export function deltaE2000(lab1, lab2) {
    const [L1, a1, b1] = lab1;
    const [L2, a2, b2] = lab2;
    const C1 = Math.hypot(a1, b1);
    const C2 = Math.hypot(a2, b2);
    const Cbar7 = ((C1 + C2) / 2) ** 7;
    const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
    const a1p = (1 + G) * a1;
    const a2p = (1 + G) * a2;
    const C1p = Math.hypot(a1p, b1);
    const C2p = Math.hypot(a2p, b2);
    const hue = (b, a) => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
    const h1p = hue(b1, a1p);
    const h2p = hue(b2, a2p);
    const dLp = L2 - L1;
    const dCp = C2p - C1p;
    let dhp = 0;
    if (C1p * C2p !== 0) {
        dhp = h2p - h1p;
        if (dhp > 180)
            dhp -= 360;
        else if (dhp < -180)
            dhp += 360;
    }
    const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));
    const Lbarp = (L1 + L2) / 2;
    const Cbarp = (C1p + C2p) / 2;
    let hbarp = h1p + h2p;
    if (C1p * C2p !== 0) {
        if (Math.abs(h1p - h2p) <= 180)
            hbarp = (h1p + h2p) / 2;
        else
            hbarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    }
    const T = 1 -
        0.17 * Math.cos(rad(hbarp - 30)) +
        0.24 * Math.cos(rad(2 * hbarp)) +
        0.32 * Math.cos(rad(3 * hbarp + 6)) -
        0.2 * Math.cos(rad(4 * hbarp - 63));
    const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
    const Cbarp7 = Cbarp ** 7;
    const Rc = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + 25 ** 7));
    const Sl = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
    const Sc = 1 + 0.045 * Cbarp;
    const Sh = 1 + 0.015 * Cbarp * T;
    const Rt = -Math.sin(rad(2 * dTheta)) * Rc;
    return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}
/** CIEDE2000 difference between two `#rrggbb` colours as seen with the given colour vision. */
export function perceivedDifference(a, b, vision) {
    return deltaE2000(rgbToLab(simulateVision(hexToRgb(a), vision)), rgbToLab(simulateVision(hexToRgb(b), vision)));
}
/** CIELAB (D65) to sRGB (0–1), clipped to the sRGB gamut. */
export function labToRgb(lab) {
    const [L, a, b] = lab;
    const fy = (L + 16) / 116;
    const fx = fy + a / 500;
    const fz = fy - b / 200;
    const finv = (t) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));
    const x = finv(fx) * 0.95047;
    const y = finv(fy);
    const z = finv(fz) * 1.08883;
    const r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
    const g = -0.969266 * x + 1.8760108 * y + 0.041556 * z;
    const bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
    return [toGamma(clamp01(r)), toGamma(clamp01(g)), toGamma(clamp01(bl))];
}
/** Formats sRGB channels in 0–1 as `#rrggbb`. */
export function rgbToHex(rgb) {
    return ('#' +
        rgb
            .map((c) => Math.round(clamp01(c) * 255)
            .toString(16)
            .padStart(2, '0'))
            .join(''));
}

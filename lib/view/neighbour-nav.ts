export type Direction = "left" | "right" | "up" | "down";

interface Point {
  x: number;
  y: number;
}

const ANGLE: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

/**
 * The neighbour an arrow key moves to: among the entities linked to the selected one, the nearest
 * whose direction on screen is within 67.5° of the arrow's (so each neighbour is reachable from
 * some arrow), angle first then distance. Null when none lies that way.
 */
export function neighbourInDirection<T extends Point & { id: string }>(
  from: Point,
  neighbours: T[],
  direction: Direction,
): T | null {
  let best: { n: T; score: number } | null = null;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - ANGLE[direction]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off > (3 * Math.PI) / 8) continue;
    const score = off * 2 + distance / 1000;
    if (!best || score < best.score) best = { n, score };
  }
  return best?.n ?? null;
}

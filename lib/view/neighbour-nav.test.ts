import { describe, expect, it } from "vitest";
import { neighbourInDirection } from "./neighbour-nav";

const around = [
  { id: "east", x: 100, y: 5 },
  { id: "north", x: 0, y: -80 },
  { id: "south-east", x: 60, y: 70 },
];

describe("neighbourInDirection", () => {
  it("moves to the neighbour lying the arrow's way", () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, "right")?.id).toBe("east");
    expect(neighbourInDirection({ x: 0, y: 0 }, around, "up")?.id).toBe("north");
    expect(neighbourInDirection({ x: 0, y: 0 }, around, "down")?.id).toBe("south-east");
  });

  it("answers null when no neighbour lies that way", () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, "left")).toBeNull();
    expect(neighbourInDirection({ x: 0, y: 0 }, [], "up")).toBeNull();
  });
});

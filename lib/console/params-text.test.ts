import { describe, expect, it } from "vitest";
import { paramsToText, parseParamsText } from "./params-text";

describe("parseParamsText", () => {
  it("reads an object, and empty text as no parameters", () => {
    expect(parseParamsText('{"name": "Dmitriev", "limit": 5}')).toEqual({
      ok: true,
      params: { name: "Dmitriev", limit: 5 },
    });
    expect(parseParamsText("  \n")).toEqual({ ok: true, params: {} });
  });

  it("says what is wrong with anything else", () => {
    expect(parseParamsText("{name: 1}")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(parseParamsText("[1, 2]")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/one JSON object/),
    });
    expect(parseParamsText("null")).toMatchObject({ ok: false });
  });

  it("round-trips through the panel text", () => {
    const params = { from: "Steve Witkoff", to: "Kirill Dmitriev" };
    expect(parseParamsText(paramsToText(params))).toEqual({ ok: true, params });
    expect(paramsToText({})).toBe("");
  });
});

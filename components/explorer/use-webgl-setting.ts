"use client";
import { useEffect, useState } from "react";

const KEY = "liaison.renderer";

/** Whether to draw with Cytoscape's WebGL renderer: `?renderer=webgl` or the toolbar switch (remembered). */
export function useWebglSetting(): [boolean, (on: boolean) => void] {
  const [webgl, setWebgl] = useState(false);
  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get("renderer");
    setWebgl(fromUrl ? fromUrl === "webgl" : window.localStorage.getItem(KEY) === "webgl");
  }, []);
  const set = (on: boolean) => {
    window.localStorage.setItem(KEY, on ? "webgl" : "canvas");
    setWebgl(on);
  };
  return [webgl, set];
}

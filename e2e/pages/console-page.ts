import type { Locator, Page } from "@playwright/test";

/** Locators and actions of the Cypher console, so specs read as user journeys. */
export class ConsolePage {
  readonly editor: Locator;
  readonly params: Locator;
  readonly runButton: Locator;
  readonly examples: Locator;
  readonly history: Locator;
  readonly summary: Locator;
  readonly table: Locator;
  readonly canvas: Locator;
  readonly alert: Locator;
  /** CodeMirror draws the syntax error as a marked range; it has no role of its own. */
  readonly errorMark: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole("textbox", { name: "Cypher query" });
    this.params = page.getByLabel("Parameters (JSON)");
    this.runButton = page.getByRole("button", { name: /^Run/ });
    this.examples = page.getByRole("button", { name: /^Examples/ });
    this.history = page.getByRole("button", { name: /^History/ });
    this.summary = page.getByRole("status", { name: "Result summary" });
    this.table = page.getByRole("table", { name: "Result rows" });
    this.canvas = page.getByTestId("graph-canvas");
    // Inside <main>: Next.js keeps a route announcer with role alert of its own.
    this.alert = page.getByRole("main").getByRole("alert");
    this.errorMark = page.getByTestId("cypher-editor").locator(".cm-lintRange-error");
  }

  async open(): Promise<void> {
    await this.page.goto("/console");
    await this.editor.waitFor();
  }

  tab(name: "Graph" | "Table" | "JSON"): Locator {
    return this.page.getByRole("tab", { name });
  }

  async pickExample(title: RegExp): Promise<void> {
    await this.examples.click();
    await this.page.getByRole("menuitem", { name: title }).click();
  }

  /** Replaces the editor's text as typed input (no auto-closed brackets in the way). */
  async typeQuery(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.insertText(text);
  }

  async runWithKeyboard(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press("Control+Enter");
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
  }
}

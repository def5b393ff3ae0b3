import { expect, type Locator, type Page } from "@playwright/test";

/** Locators and actions of the add-an-article page (/add). */
export class AddPage {
  readonly title: Locator;
  readonly date: Locator;
  readonly source: Locator;
  readonly text: Locator;
  readonly upload: Locator;
  readonly previewButton: Locator;
  readonly commitButton: Locator;
  readonly relations: Locator;
  readonly entities: Locator;
  readonly highlighted: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("textbox", { name: "Title" });
    this.date = page.getByLabel("Date");
    this.source = page.getByRole("textbox", { name: "Source" });
    this.text = page.getByRole("textbox", { name: "Article text" });
    this.upload = page.getByLabel("Or upload a .txt or .html file");
    this.previewButton = page.getByRole("button", { name: "Preview" });
    this.commitButton = page.getByRole("button", { name: "Add to graph" });
    this.relations = page.getByRole("list", { name: "Extracted relations" });
    this.entities = page.getByRole("region", { name: "Entities" });
    this.highlighted = page.getByTestId("highlighted-text");
    this.error = page.getByRole("alert");
  }

  async open(): Promise<void> {
    await this.page.goto("/add");
    await expect(this.page.getByRole("heading", { name: "Add an article" })).toBeVisible();
  }

  async fill(article: {
    title: string;
    date: string;
    source: string;
    text: string;
  }): Promise<void> {
    await this.title.fill(article.title);
    await this.date.fill(article.date);
    await this.source.fill(article.source);
    await this.text.fill(article.text);
  }

  async preview(): Promise<void> {
    await this.previewButton.click();
    await expect(this.relations).toBeVisible();
  }

  /** The tick box of the relation whose text reads like `Witkoff met with Dmitriev`. */
  relation(text: RegExp): Locator {
    return this.relations.getByRole("checkbox", { name: text });
  }

  entity(name: string): Locator {
    return this.entities.getByRole("listitem", { name: `Entity ${name}` });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}

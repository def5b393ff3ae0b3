import { expect, type Locator, type Page } from "@playwright/test";

/** Where screenshots go: the run's own results folder, so parallel runs do not overwrite each other's. */
export const SCREENSHOTS = `${process.env.LIAISON_RESULTS_DIR ?? "test-results"}/screenshots`;

/** Locators and actions of the explorer page, so specs read as user journeys. */
export class ExplorerPage {
  readonly brand: Locator;
  readonly search: Locator;
  readonly suggestions: Locator;
  readonly healthStatus: Locator;
  readonly databaseBanner: Locator;
  readonly canvas: Locator;
  readonly details: Locator;
  readonly visibleEntities: Locator;
  readonly visibleRelations: Locator;
  readonly filters: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.brand = page.getByRole("link", { name: /Liaison/ });
    this.search = page.getByRole("combobox", { name: "Search entities" });
    this.suggestions = page.getByRole("listbox", { name: "Search entities suggestions" });
    this.healthStatus = page.getByRole("status", { name: "Database status" });
    // Next.js adds an empty route-announcer alert to every page; the banner is the one with words.
    this.databaseBanner = page.getByRole("alert").filter({ hasText: "Database unavailable" });
    this.canvas = page.getByTestId("graph-canvas");
    this.details = page.getByRole("complementary", { name: "Details" });
    this.visibleEntities = page.getByRole("list", { name: "Visible entities" });
    this.visibleRelations = page.getByRole("list", { name: "Visible relations" });
    this.filters = page.getByRole("complementary", { name: "Legend and filters" });
    this.toolbar = page.getByRole("toolbar", { name: "Graph tools" });
  }

  async open(path = "/"): Promise<void> {
    await this.page.goto(path);
  }

  /** Waits until the canvas has drawn and its layout has settled. */
  async waitForGraph(): Promise<void> {
    await expect(this.canvas).toBeVisible({ timeout: 30_000 }); // the first page of a run can be slow to load
    await this.page.waitForFunction(() => {
      const cy = (window as unknown as { liaisonCy?: { nodes: () => { length: number } } })
        .liaisonCy;
      return !!cy && cy.nodes().length > 0;
    });
    await this.page.waitForTimeout(700);
  }

  /** Types into the search box and picks the suggestion whose name matches. */
  async searchAndChoose(query: string, name: RegExp | string): Promise<void> {
    await this.search.fill(query);
    const option = this.suggestions.getByRole("option", { name });
    await expect(option).toBeVisible();
    await option.click();
  }

  entity(name: string | RegExp): Locator {
    return this.visibleEntities.getByRole("listitem").filter({ hasText: name });
  }

  relation(text: string | RegExp): Locator {
    return this.visibleRelations.getByRole("listitem").filter({ hasText: text });
  }

  /** Double-clicks an entity where the canvas drew it (found through the Cytoscape instance). */
  async doubleClickEntity(id: string): Promise<void> {
    const point = await this.page.evaluate((nodeId) => {
      const cy = (
        window as unknown as {
          liaisonCy: {
            getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } };
          };
        }
      ).liaisonCy;
      return cy.getElementById(nodeId).renderedPosition();
    }, id);
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.dblclick(box.x + point.x, box.y + point.y);
  }

  async openPanel(
    name: "Find a path" | "List view" | "Keyboard shortcuts" | "Filters",
  ): Promise<void> {
    await this.toolbar.getByRole("button", { name }).click();
  }

  /** Data of one drawn element, read from the Cytoscape instance. */
  async elementData(id: string): Promise<Record<string, unknown> | null> {
    return this.page.evaluate((elementId) => {
      const cy = (
        window as unknown as {
          liaisonCy: {
            getElementById: (id: string) => {
              empty: () => boolean;
              data: () => Record<string, unknown>;
            };
          };
        }
      ).liaisonCy;
      const element = cy.getElementById(elementId);
      return element.empty() ? null : element.data();
    }, id);
  }

  /** Moves the mouse onto a drawn line's midpoint (what hovering shows). */
  async hoverEdge(id: string): Promise<void> {
    const point = await this.page.evaluate((edgeId) => {
      const cy = (
        window as unknown as {
          liaisonCy: {
            getElementById: (id: string) => { renderedMidpoint: () => { x: number; y: number } };
          };
        }
      ).liaisonCy;
      return cy.getElementById(edgeId).renderedMidpoint();
    }, id);
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.move(box.x + point.x, box.y + point.y);
  }

  /** Whether a drawn element has a style class (hover adds "labelled"). */
  async hasClass(id: string, name: string): Promise<boolean> {
    return this.page.evaluate(
      ([elementId, cls]) => {
        const cy = (
          window as unknown as {
            liaisonCy: { getElementById: (id: string) => { hasClass: (c: string) => boolean } };
          }
        ).liaisonCy;
        return cy.getElementById(elementId!).hasClass(cls!);
      },
      [id, name],
    );
  }

  /** A computed style of one drawn element (what the canvas paints). */
  async elementStyle(id: string, property: string): Promise<string> {
    return this.page.evaluate(
      ([elementId, name]) => {
        const cy = (
          window as unknown as {
            liaisonCy: { getElementById: (id: string) => { style: (p: string) => string } };
          }
        ).liaisonCy;
        return String(cy.getElementById(elementId!).style(name!));
      },
      [id, property],
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.mouse.move(1, 1); // no hover highlight in the picture
    await this.page.waitForTimeout(200);
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
  }
}

/// <reference lib="dom" />
/** The site's charts open as images and become interactive when wanted: a page helper that wants them all. */
import type { Page } from "playwright-core";

/** Touches every chart (a pointer entering it), then waits until vega has drawn them all. */
export async function makeChartsInteractive(page: Page, timeout = 60_000): Promise<void> {
  await page.$$eval("[data-chart]", (charts) => charts.forEach((chart) => chart.dispatchEvent(new PointerEvent("pointerenter"))));
  await page.waitForSelector("body[data-charts=drawn]", { timeout });
}

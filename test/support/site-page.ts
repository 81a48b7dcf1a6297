/// <reference lib="dom" />
/** The site in Debian's Chromium: how the tests and benches start it, and a page helper that wants every chart. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** CI installs Debian's chromium (.ci/run); elsewhere the browser tests run where it is found. */
export const haveBrowser = Boolean(process.env.CI) || existsSync(CHROMIUM);
/** Chromium on this closed network: no background connections, no sandbox (root), no GPU. */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Touches every chart (a pointer entering it), then waits until vega has drawn them all. */
export async function makeChartsInteractive(page: Page, timeout = 60_000): Promise<void> {
  await page.$$eval("[data-chart]", (charts) => charts.forEach((chart) => chart.dispatchEvent(new PointerEvent("pointerenter"))));
  await page.waitForSelector("body[data-charts=drawn]", { timeout });
}

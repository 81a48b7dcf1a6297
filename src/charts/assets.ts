import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Where each bundled asset comes from in a source checkout (node_modules). */
const SOURCES: Record<string, [string, string]> = {
  "resvg.wasm": ["@resvg/resvg-wasm", "index_bg.wasm"],
  "DejaVuSans.ttf": ["dejavu-fonts-ttf", "ttf/DejaVuSans.ttf"],
  "DejaVuSans-Bold.ttf": ["dejavu-fonts-ttf", "ttf/DejaVuSans-Bold.ttf"],
};

/**
 * An asset shipped beside the bundle in dist/ (the bundle may sit in dist/ or dist/chunks/),
 * or, when running from source, from its package in node_modules.
 */
export function loadAsset(name: keyof typeof SOURCES): Buffer {
  for (const dir of [here, join(here, "..")]) {
    try {
      return readFileSync(join(dir, name));
    } catch {
      // not beside this module
    }
  }
  const [pkg, file] = SOURCES[name] as [string, string];
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = pkg === "dejavu-fonts-ttf" ? dirname(require.resolve(`${pkg}/package.json`)) : dirname(require.resolve(pkg));
  } catch (error) {
    throw new Error(`${name} is missing: it must sit beside the bundle in dist/ (run "npm run build")`, { cause: error });
  }
  return readFileSync(join(root, file));
}

// Bundles the CLI and the Action into dist/ with everything they need at run time
// (wasm and fonts beside the bundles), so both run from a checkout with no node_modules.
import { build } from "esbuild";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const out = "dist";
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  // The entry points (src/entry/) start the CLI and the Action in a process set up for them.
  entryPoints: { cli: "src/entry/cli.ts", index: "src/entry/action.ts" },
  outdir: out,
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  target: "node24",
  format: "esm",
  // vega's optional canvas import fails harmlessly at run time; rendering needs no canvas.
  external: ["canvas"],
  // Bundled CommonJS packages call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: "linked",
  logLevel: "warning",
});

await writeFile(join(out, "package.json"), '{\n  "type": "module"\n}\n');
await copyFile(join(dirname(require.resolve("@resvg/resvg-wasm")), "index_bg.wasm"), join(out, "resvg.wasm"));
// The data dictionary, written beside the data by every run (src/dataset/data-readme.ts).
await copyFile("data/README.md", join(out, "data-README.md"));
const fonts = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
for (const font of ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]) await copyFile(join(fonts, font), join(out, font));

// The site's browser app: vega-embed and our code in one module, and its styles (copied into each site).
await build({
  entryPoints: { app: "src/site/browser/app.ts" },
  outdir: join(out, "site"),
  bundle: true,
  // vega in chunks of its own, loaded when a chart is made interactive: the first view is the page and its images.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "browser",
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "linked",
  logLevel: "warning",
});
await copyFile("src/site/browser/style.css", join(out, "site", "style.css"));

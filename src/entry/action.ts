/** The Action's `main` (dist/index.js): the Action, in a process set up for it (see launch.ts). */
import { refuseOldNode } from "./node-version.ts";

// runs.using: node24 brings Node 24 on GitHub's runners; a self-hosted or act runner may not.
refuseOldNode("hf-model-trends");
const { launch } = await import("../launch.ts");
await launch(import.meta.url, () => import("../action.ts"));

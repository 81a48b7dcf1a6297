/** The Action's `main` (dist/index.js): the Action, in a process set up for it (see launch.ts). */
import { launch } from "../launch.ts";

await launch(import.meta.url, () => import("../action.ts"));

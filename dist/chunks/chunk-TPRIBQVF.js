import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  datasetDir
} from "./chunk-AY7CEEFQ.js";

// src/site/links.ts
function pagesUrl(serverUrl, repository) {
  if (!repository || new URL(serverUrl).hostname !== "github.com") return void 0;
  const [owner, name] = repository.split("/");
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}
function siteLinks(siteUrl, repositoryUrl, dataDir) {
  const trimmed = siteUrl?.trim().replace(/\/+$/, "");
  return {
    siteUrl: trimmed ? `${trimmed}/` : void 0,
    repositoryUrl,
    datasetPath: repositoryUrl ? datasetDir(dataDir).split("\\").join("/") : void 0
  };
}

// src/hub/archive-repo.ts
var DEFAULT_ARCHIVE = "hfmlsoc/hub_weekly_snapshots";

export {
  pagesUrl,
  siteLinks,
  DEFAULT_ARCHIVE
};

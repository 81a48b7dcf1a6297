/** Where the site and its repository live, as both faces learn it (inputs, flags, the runner's variables). */
import { datasetDir } from "../dataset/store.ts";

/** Where the site and its repository live, when the caller knows (the action does): canonical and share links, links out. */
export interface SiteLinks {
  /** The site's own address, ending in `/` (e.g. `https://owner.github.io/repo/`). */
  siteUrl?: string | undefined;
  /** `https://github.com/owner/repo`. */
  repositoryUrl?: string | undefined;
  /** The dataset folder inside the repository (e.g. `data/huggingface_models_data`). */
  datasetPath?: string | undefined;
  /** The Hugging Face dataset repository the snapshots are published to, and its viewer. */
  hfDataset?: { url: string; viewerUrl: string } | undefined;
}

/** GitHub Pages' address of a repository on github.com (`owner.github.io` is served at the root); elsewhere unknown. */
export function pagesUrl(serverUrl: string, repository: string | undefined): string | undefined {
  if (!repository || new URL(serverUrl).hostname !== "github.com") return undefined;
  const [owner, name] = repository.split("/") as [string, string];
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

/** The links from a site address as given (any trailing slashes; empty for none), a repository's address and the data folder. */
export function siteLinks(siteUrl: string | undefined, repositoryUrl: string | undefined, dataDir: string): SiteLinks {
  const trimmed = siteUrl?.trim().replace(/\/+$/, "");
  return {
    siteUrl: trimmed ? `${trimmed}/` : undefined,
    repositoryUrl,
    datasetPath: repositoryUrl ? datasetDir(dataDir).split("\\").join("/") : undefined,
  };
}

/**
 * Private models may go only where only their owners' collaborators can see them. Checked by both
 * faces before anything is listed or written: the GitHub repository a run commits to, and the
 * Hugging Face dataset it publishes to, must be private when private models are kept.
 */
import type { Advised, Terms } from "../terms.ts";
import { HfDatasetError, HubWriteApi } from "./hf-api.ts";
import { isPrivateRepository, type GitHubTarget } from "./run.ts";

/** A run that keeps private models, pointed at a public destination. */
export class PrivateModelsToPublic extends Error implements Advised {
  readonly destination: string;
  readonly kind: "github" | "hf-dataset";
  constructor(kind: "github" | "hf-dataset", destination: string) {
    super(`${destination} is public, and private models are kept: nothing was written`);
    this.name = "PrivateModelsToPublic";
    this.kind = kind;
    this.destination = destination;
  }

  advice(terms: Terms): string {
    const where = this.kind === "github" ? `${this.destination} is public: everything committed or shown there is public` : `the Hugging Face dataset ${this.destination} is public`;
    const fix = this.kind === "github" ? `commit to a private repository` : `make that dataset private on the Hub, or name another one`;
    return `${terms.set("include-private")} keeps private models, but ${where}. Remove ${terms.set("include-private").replace(/: true$/, "")} (private models are then left out), or ${fix}. Nothing was written.`;
  }
}

export interface PrivateModelsDestinations {
  github?: (Pick<GitHubTarget, "repository" | "token" | "apiUrl"> & { eventPath?: string | undefined }) | undefined;
  hfDataset?: { repo: string; token: string; endpoint: string } | undefined;
}

/** Throws PrivateModelsToPublic when a destination of a run that keeps private models is public. */
export async function checkPrivateModelsDestinations(to: PrivateModelsDestinations): Promise<void> {
  if (to.github && !(await isPrivateRepository(to.github, to.github.eventPath))) throw new PrivateModelsToPublic("github", to.github.repository);
  if (to.hfDataset) {
    const api = new HubWriteApi({ endpoint: to.hfDataset.endpoint, token: to.hfDataset.token });
    try {
      if (!(await api.repoInfo(to.hfDataset.repo)).private) throw new PrivateModelsToPublic("hf-dataset", to.hfDataset.repo);
    } catch (error) {
      // Not there yet: the publisher creates it private.
      if (error instanceof HfDatasetError && error.status === 404) return;
      throw error;
    }
  }
}

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HfDatasetError,
  HubWriteApi
} from "./chunk-4KWOUW2J.js";
import {
  isPrivateRepository
} from "./chunk-EH34UKDY.js";

// src/publish/private-guard.ts
var PrivateModelsToPublic = class extends Error {
  destination;
  kind;
  constructor(kind, destination) {
    super(`${destination} is public, and private models are kept: nothing was written`);
    this.name = "PrivateModelsToPublic";
    this.kind = kind;
    this.destination = destination;
  }
  advice(terms) {
    const where = this.kind === "github" ? `${this.destination} is public: everything committed or shown there is public` : `the Hugging Face dataset ${this.destination} is public`;
    const fix = this.kind === "github" ? `commit to a private repository` : `make that dataset private on the Hub, or name another one`;
    return `${terms.set("include-private")} keeps private models, but ${where}. Remove ${terms.set("include-private").replace(/: true$/, "")} (private models are then left out), or ${fix}. Nothing was written.`;
  }
};
async function checkPrivateModelsDestinations(to) {
  if (to.github && !await isPrivateRepository(to.github, to.github.eventPath)) throw new PrivateModelsToPublic("github", to.github.repository);
  if (to.hfDataset) {
    const api = new HubWriteApi({ endpoint: to.hfDataset.endpoint, token: to.hfDataset.token });
    try {
      if (!(await api.repoInfo(to.hfDataset.repo)).private) throw new PrivateModelsToPublic("hf-dataset", to.hfDataset.repo);
    } catch (error) {
      if (error instanceof HfDatasetError && error.status === 404) return;
      throw error;
    }
  }
}

export {
  PrivateModelsToPublic,
  checkPrivateModelsDestinations
};

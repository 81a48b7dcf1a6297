// The site's address and links out, as the Action and the CLI work them out from their inputs.
import { describe, expect, it } from "vitest";
import { pagesUrl, siteLinks } from "../src/site/links.ts";

describe("the site's links", () => {
  it("default to the repository's GitHub Pages address on github.com, and to none elsewhere", () => {
    expect(pagesUrl("https://github.com", "Octo/Trends")).toBe("https://octo.github.io/Trends/");
    expect(pagesUrl("https://github.com", "octo/octo.github.io")).toBe("https://octo.github.io/");
    expect(pagesUrl("https://github.example", "octo/trends")).toBeUndefined();
    expect(pagesUrl("https://github.com", undefined)).toBeUndefined();
  });

  it("end a given address in one slash, leave an empty one out, and name the dataset folder only with a repository", () => {
    expect(siteLinks("https://data.example/trends//", "https://github.com/octo/trends", "data")).toEqual({
      siteUrl: "https://data.example/trends/",
      repositoryUrl: "https://github.com/octo/trends",
      datasetPath: "data/huggingface_models_data",
    });
    expect(siteLinks(" https://data.example ", undefined, "data")).toEqual({ siteUrl: "https://data.example/", repositoryUrl: undefined, datasetPath: undefined });
    expect(siteLinks("", undefined, "data").siteUrl).toBeUndefined();
    expect(siteLinks(undefined, "https://github.com/o/r", "out/text-generation").datasetPath).toBe("out/text-generation/huggingface_models_data");
  });
});

/** A loopback static file server that serves a folder under a sub-path, gzipped, as GitHub Pages serves /REPO/. */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
  ".xml": "application/atom+xml; charset=utf-8", ".parquet": "application/vnd.apache.parquet",
};
/** Compressed on the wire when the client accepts gzip, as GitHub Pages does for text. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".txt", ".xml"]);

export interface StaticServer {
  /** The site's URL, ending in the sub-path and a slash. */
  url: string;
  origin: string;
  /** Bytes sent, per path (for transfer budgets). */
  sent: Map<string, number>;
  close(): Promise<void>;
}

export async function serveFolder(root: string, subPath = "/hf-model-trends/"): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      if (!path.startsWith(subPath)) return void res.writeHead(404).end("not under the sub-path");
      const rel = normalize(path.slice(subPath.length) || "index.html");
      if (rel.startsWith("..")) return void res.writeHead(403).end();
      try {
        const file = rel.endsWith("/") || rel === "." ? join(rel, "index.html") : rel;
        const raw = await readFile(join(root, file));
        const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
        const body = gzip ? gzipSync(raw) : raw;
        sent.set(path, (sent.get(path) ?? 0) + body.length);
        res.writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": body.length,
          ...(gzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
          "cache-control": "max-age=600",
        });
        res.end(body);
      } catch {
        res.writeHead(404).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${subPath}`,
    origin,
    sent,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

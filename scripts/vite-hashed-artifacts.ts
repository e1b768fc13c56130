/**
 * Build-time naming of the code-set, NCCI and MPFS default-fee artifacts by content (used by
 * vite.config.ts). `vite build` emits each public/codesets/*.gz, public/ncci/*.gz and
 * public/mpfs/*.gz file a second time as
 * `<name>.<hash>.<ext>` (the first 12 hex digits of its SHA-256) and removes the plain copy from
 * dist/, so a host can serve them `Cache-Control: immutable`; the app learns the names from the
 * constant `__APP_ARTIFACTS__` (also in `vite` dev, where the plain names are served); the app
 * page, which fetches only the MPFS file, gets just that folder's entries as `__APP_MPFS_ARTIFACTS__`
 * (the whole list would add about 300 B gzip to its entry chunk). The same
 * hashes key the browser's cache of the decoded code sets (src/ui/coding/code-set-cache.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

export interface ArtifactFile {
  /** Where the app fetches it, relative to its base URL ("codesets/icd10cm.codeset.0123456789ab.gz"). */
  path: string;
  /** First 12 hex digits of the file's SHA-256. */
  hash: string;
}

/** Folders of public/ whose files are content-addressed. */
export const HASHED_FOLDERS = ["codesets", "ncci", "mpfs"] as const;

/** "icd10cm.codeset.gz" + hash -> "icd10cm.codeset.<hash>.gz"; "mue.json.gz" -> "mue.json.<hash>.gz"; "x.bin" -> "x.<hash>.bin". */
export function contentName(file: string, hash: string): string {
  const ext = file.endsWith(".gz") ? ".gz" : file.slice(file.lastIndexOf("."));
  return `${file.slice(0, file.length - ext.length)}.${hash}${ext}`;
}

/** Every artifact under public/<folder>/ (README files excepted) with its hash; `hashed` picks the built names. */
export function artifactManifest(publicDir: string, hashed: boolean): Record<string, ArtifactFile> {
  const files: Record<string, ArtifactFile> = {};
  for (const folder of HASHED_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(resolve(publicDir, folder));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => !n.endsWith(".md")).sort()) {
      const hash = createHash("sha256").update(readFileSync(resolve(publicDir, folder, name))).digest("hex").slice(0, 12);
      files[`${folder}/${name}`] = { path: `${folder}/${hashed ? contentName(name, hash) : name}`, hash };
    }
  }
  return files;
}

/** The entries of one folder of the manifest ("mpfs" -> { "mpfs/mpfs-rvu-2025.json.gz": ... }). */
export function folderManifest(manifest: Record<string, ArtifactFile>, folder: (typeof HASHED_FOLDERS)[number]): Record<string, ArtifactFile> {
  return Object.fromEntries(Object.entries(manifest).filter(([plain]) => plain.startsWith(`${folder}/`)));
}

/** Serves built files that carry their hash as immutable, everything else revalidated (vite preview). */
export function cacheControlFor(pathname: string): string {
  return /^\/assets\//.test(pathname) || /\.[0-9a-f]{12}\.[a-z.]+$/.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache";
}

export function hashedArtifacts(): Plugin {
  let publicDir = "public";
  let outDir = "dist";
  let manifest: Record<string, ArtifactFile> = {};
  return {
    name: "hashed-artifacts",
    config(_config, env) {
      const root = _config.root ? resolve(_config.root) : process.cwd();
      publicDir = resolve(root, typeof _config.publicDir === "string" ? _config.publicDir : "public");
      manifest = artifactManifest(publicDir, env.command === "build");
      return { define: { __APP_ARTIFACTS__: JSON.stringify(manifest), __APP_MPFS_ARTIFACTS__: JSON.stringify(folderManifest(manifest, "mpfs")) } };
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle() {
      for (const [plain, file] of Object.entries(manifest)) {
        if (file.path !== plain) this.emitFile({ type: "asset", fileName: file.path, source: readFileSync(resolve(publicDir, plain)) });
      }
    },
    closeBundle() {
      for (const [plain, file] of Object.entries(manifest)) if (file.path !== plain) rmSync(resolve(outDir, plain), { force: true });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader("Cache-Control", cacheControlFor(new URL(req.url ?? "/", "http://x").pathname));
        next();
      });
    },
  };
}

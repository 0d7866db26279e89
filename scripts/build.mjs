#!/usr/bin/env node
/**
 * Builds dist/ from src/ (TypeScript -> JavaScript, plus the language data files), and tells whether
 * a build is needed. Plain JavaScript so that it runs before anything is compiled.
 *
 *   node scripts/build.mjs              build now
 *   node scripts/build.mjs --if-stale   build only when a source is newer than the last build (npm start)
 *   node scripts/build.mjs --if-stale --quiet-fail
 *                                       the same, but a failed or impossible build (TypeScript not
 *                                       installed, e.g. `npm ci --omit=dev`) only warns (npm install)
 *
 * The last build's start time is kept in dist/.build-stamp.json; a build is stale when that file or
 * dist/main.js is missing, or when any file or folder under src/ (folders change when a file is added
 * or removed), tsconfig.json, tsconfig.build.json or package.json was modified after that time.
 * Checking takes a few milliseconds: one stat per source file.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What the build reads, relative to the project root. */
export const BUILD_INPUTS = ["src", "tsconfig.json", "tsconfig.build.json", "package.json"];
/** The stamp written after a successful build. */
export const STAMP = join("dist", ".build-stamp.json");

/** Latest modification time (ms) of a file, or of a folder and everything in it; 0 when missing. */
function latestMtime(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  let latest = st.mtimeMs;
  if (st.isDirectory()) {
    for (const name of readdirSync(path)) latest = Math.max(latest, latestMtime(join(path, name)));
  }
  return latest;
}

/**
 * Why dist/ must be rebuilt in the project at `root`, or undefined when it is up to date.
 * @param {string} root
 * @returns {string | undefined}
 */
export function staleReason(root) {
  if (!existsSync(join(root, "dist", "main.js"))) return "dist/main.js belum ada";
  let startedAt;
  try {
    startedAt = JSON.parse(readFileSync(join(root, STAMP), "utf8")).startedAt;
  } catch {
    return `${STAMP} belum ada`;
  }
  if (typeof startedAt !== "number") return `${STAMP} tidak valid`;
  for (const input of BUILD_INPUTS) {
    if (latestMtime(join(root, input)) > startedAt) return `${input} berubah sejak penyusunan terakhir`;
  }
  return undefined;
}

/**
 * Builds dist/ in the project at `root`: a clean dist/, tsc -p tsconfig.build.json, the language data
 * copied (data/ and vendor/), then the stamp. Returns true on success (tsc's output goes to the console).
 * @param {string} root
 * @returns {boolean}
 */
export function build(root) {
  const startedAt = Date.now();
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    console.error("TypeScript tidak terpasang (devDependencies): jalankan `npm install` lalu ulangi.");
    return false;
  }
  rmSync(join(root, "dist"), { recursive: true, force: true });
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) return false;
  cpSync(join(root, "src", "language", "data"), join(root, "dist", "language", "data"), { recursive: true });
  // The vendored lexicon and thesaurus (with their licence notices) are read at run time too.
  const vendor = join(root, "src", "language", "vendor");
  if (existsSync(vendor)) cpSync(vendor, join(root, "dist", "language", "vendor"), { recursive: true });
  writeFileSync(join(root, STAMP), `${JSON.stringify({ startedAt })}\n`);
  return true;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = new Set(process.argv.slice(2));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const reason = args.has("--if-stale") ? staleReason(root) : "diminta";
  if (reason !== undefined) {
    console.error(`Menyusun TypeScript ke dist/ (${reason})...`);
    if (!build(root)) {
      if (args.has("--quiet-fail")) {
        console.error("Peringatan: penyusunan gagal; `npm start` akan mencoba lagi.");
      } else {
        console.error("Penyusunan gagal: perbaiki galat di atas, lalu jalankan lagi.");
        process.exitCode = 1;
      }
    }
  }
}

import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { STAMP, staleReason } from "../../scripts/build.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const T0 = new Date("2026-01-13T03:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A project whose sources were all last changed at T0 and built at T0 + 1 min. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "bot-build-"));
  dirs.push(root);
  mkdirSync(join(root, "src", "bot"), { recursive: true });
  mkdirSync(join(root, "dist"), { recursive: true });
  for (const f of ["src/main.ts", "src/bot/run.ts", "tsconfig.json", "tsconfig.build.json", "package.json"]) {
    writeFileSync(join(root, f), "x\n");
    utimesSync(join(root, f), T0, T0);
  }
  for (const d of ["src/bot", "src"]) utimesSync(join(root, d), T0, T0);
  writeFileSync(join(root, "dist", "main.js"), "");
  writeFileSync(join(root, STAMP), JSON.stringify({ startedAt: at(1).getTime() }));
  return root;
}

describe("build staleness (npm start rebuilds only when needed)", () => {
  it("an untouched build is up to date", () => {
    expect(staleReason(project())).toBeUndefined();
  });

  it("no dist/main.js or no stamp means a build is needed", () => {
    const a = project();
    unlinkSync(join(a, "dist", "main.js"));
    expect(staleReason(a)).toMatch(/dist\/main\.js/);
    const b = project();
    unlinkSync(join(b, STAMP));
    expect(staleReason(b)).toMatch(/build-stamp/);
  });

  it.each([
    ["a source file edited", (r: string) => utimesSync(join(r, "src/bot/run.ts"), at(2), at(2))],
    ["tsconfig.build.json edited", (r: string) => utimesSync(join(r, "tsconfig.build.json"), at(2), at(2))],
    ["a file added", (r: string) => writeFileSync(join(r, "src/bot/new.ts"), "y")],
    ["a file removed", (r: string) => unlinkSync(join(r, "src/bot/run.ts"))],
    // Saved while the last build was running: after its start, before its stamp was written.
    ["a file saved during the build", (r: string) => utimesSync(join(r, "src/main.ts"), at(1.5), at(1.5))],
  ])("%s makes it stale", (_what, change) => {
    const root = project();
    change(root);
    expect(staleReason(root)).toMatch(/berubah/);
  });
});

/** A temp project (removed after the tests) holding the build script, the tsconfigs, package.json and node_modules. */
function smallProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(root);
  const here = resolve(".");
  mkdirSync(join(root, "scripts"));
  mkdirSync(join(root, "src", "language", "data"), { recursive: true });
  copyFileSync(join(here, "scripts/build.mjs"), join(root, "scripts/build.mjs"));
  for (const f of ["tsconfig.json", "tsconfig.build.json", "package.json"])
    copyFileSync(join(here, f), join(root, f));
  symlinkSync(join(here, "node_modules"), join(root, "node_modules"));
  return root;
}

describe("the build script on a small project", () => {
  it("builds when missing, skips when up to date, rebuilds after an edit", () => {
    const root = smallProject("bot-build-real-");
    writeFileSync(join(root, "src/main.ts"), 'const greeting: string = "halo";\nconsole.log(greeting);\n');
    writeFileSync(join(root, "src/language/data/words.txt"), "kata\n");
    const run = () =>
      spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--if-stale"], {
        cwd: root,
        encoding: "utf8",
      });

    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Menyusun/);
    expect(spawnSync(process.execPath, [join(root, "dist/main.js")], { encoding: "utf8" }).stdout).toBe(
      "halo\n",
    );
    expect(spawnSync("cat", [join(root, "dist/language/data/words.txt")], { encoding: "utf8" }).stdout).toBe(
      "kata\n",
    );

    const second = run();
    expect(second.status).toBe(0);
    expect(second.stderr).toBe("");

    const later = new Date(Date.now() + 5_000);
    writeFileSync(join(root, "src/main.ts"), 'console.log("sampai jumpa");\n');
    utimesSync(join(root, "src/main.ts"), later, later);
    const third = run();
    expect(third.stderr).toMatch(/src berubah/);
    expect(spawnSync(process.execPath, [join(root, "dist/main.js")], { encoding: "utf8" }).stdout).toBe(
      "sampai jumpa\n",
    );
  });

  it("a failing build stops npm start (exit 1) but only warns during npm install", () => {
    const root = smallProject("bot-build-bad-");
    writeFileSync(join(root, "src/main.ts"), "const n: number = 'bukan angka';\n");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, "scripts/build.mjs"), ...args], {
        cwd: root,
        encoding: "utf8",
      });
    expect(run("--if-stale").status).toBe(1);
    const install = run("--if-stale", "--quiet-fail");
    expect(install.status).toBe(0);
    expect(install.stderr).toMatch(/Peringatan/);
  });
});

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import type { LiveKnowledge, RemovalNotice } from "../../src/knowledge/live.js";
import {
  cleanupDirs,
  closeOpenedLive,
  knowledgeDir,
  openTrackedLive,
  until,
  VALID_YAML,
  validWith,
} from "./helpers.js";

/** Issue 12 item 5: the watch survives the folder's re-creation; removed entries are reported or held. */
const SHIPPED = readFileSync(
  join(import.meta.dirname, "..", "..", "knowledge", "kerja-sama-madiun-kediri.yaml"),
  "utf8",
);

afterEach(async () => {
  await closeOpenedLive();
  cleanupDirs();
});

function open(dir: string, notices: RemovalNotice[] = []): LiveKnowledge {
  return openTrackedLive({
    dir,
    build: createEngine,
    debounceMs: 50,
    settleMs: 100,
    onRemoved: (n) => {
      notices.push(n);
    },
  });
}

/** The text of `yaml` cut after its first `keep` entries (at an entry boundary, as a truncated save). */
function cutAfter(yaml: string, keep: number): string {
  const from = yaml.indexOf("\nentries:");
  const starts = [...yaml.matchAll(/^ {2}- id: /gm)].map((m) => m.index as number).filter((i) => i > from);
  return yaml.slice(0, starts[keep]);
}

describe("knowledge watch", () => {
  it("keeps loading edits after the knowledge folder is deleted and re-created", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    await live.watch();
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 400));
    mkdirSync(dir);
    writeFileSync(join(dir, "k.yaml"), VALID_YAML);
    await new Promise((r) => setTimeout(r, 400));
    // A later edit, well after the re-creation, must be served.
    writeFileSync(join(dir, "k.yaml"), validWith("pariwisata.", "pariwisata. EDIT SETELAH DIBUAT ULANG."));
    await until(() =>
      live
        .current()
        .answer("Apa saja sektor kerja samanya?", { now: new Date() })
        .text.includes("EDIT SETELAH"),
    );
  });

  it("a file cut short at an entry boundary (16 entries -> 7) is held and reported with the ids until /muatulang", async () => {
    const dir = knowledgeDir({ "k.yaml": SHIPPED });
    const notices: RemovalNotice[] = [];
    const live = open(dir, notices);
    await live.watch();
    expect(live.info().entries).toBe(16);
    writeFileSync(join(dir, "k.yaml"), cutAfter(SHIPPED, 7));
    await until(() => notices.length > 0);
    expect(live.info().entries).toBe(16);
    expect(notices[0]).toMatchObject({ held: true, before: 16, after: 7 });
    expect(notices[0]?.removed).toHaveLength(9);
    expect(notices[0]?.removed).toContain("target-2027");
    // The admin confirms: /muatulang loads it.
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true, removed: notices[0]?.removed });
    expect(live.info().entries).toBe(7);
  });

  it("removing one entry of 16 is served and reported with its id", async () => {
    const dir = knowledgeDir({ "k.yaml": SHIPPED });
    const notices: RemovalNotice[] = [];
    const live = open(dir, notices);
    await live.watch();
    writeFileSync(join(dir, "k.yaml"), cutAfter(SHIPPED, 15));
    await until(() => notices.length > 0);
    expect(notices[0]).toMatchObject({ held: false, removed: ["dateline-berita"], before: 16, after: 15 });
    expect(live.info().entries).toBe(15);
  });
});

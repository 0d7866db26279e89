import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type BroadcastWorker, createBroadcastWorker, createJobRepo } from "../../src/broadcast/index.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { accepted, seedBroadcast, sendTo } from "../support/broadcast.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";
import { removeTempDirs, tempDir } from "../support/tempDirs.js";

const N = 300;
let fake: FakeBotApi | undefined;
const children: ChildProcess[] = [];
const dbs: Db[] = [];
const workers: BroadcastWorker[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop();
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const db of dbs.splice(0)) db.close();
  await fake?.close();
  fake = undefined;
  removeTempDirs();
});

/** A data dir with N active subscribers (1001..1000+N) and one queued announcement due now. */
function seed() {
  const dir = tempDir("bc-race-");
  const db = openDatabase(dir);
  const job = seedBroadcast(db, N, "race", "Uji balapan");
  db.close();
  return { dir, jobId: job.id };
}

function expectOneCopyEach(api: FakeBotApi) {
  const copies = accepted(api);
  const doubled = [...copies].filter(([, n]) => n > 1).map(([chat]) => chat);
  expect(doubled, `${doubled.length} subscribers got more than one copy`).toEqual([]);
  expect(copies.size).toBe(N);
}

/** A worker in its own process (test/broadcast/support/workerProcess.ts). */
function spawnWorker(dir: string, api: FakeBotApi, leaseMs: number) {
  const child = fork(
    join(import.meta.dirname, "support/workerProcess.ts"),
    [dir, api.apiRoot, api.token, String(leaseMs)],
    {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    },
  );
  children.push(child);
  const next = (key: string) =>
    new Promise<void>((resolve, reject) => {
      const onMsg = (m: unknown) => {
        if ((m as Record<string, unknown>)?.[key]) {
          child.off("message", onMsg);
          resolve();
        }
      };
      child.on("message", onMsg);
      child.once("exit", (code) => reject(new Error(`worker exited (${code}) before ${key}`)));
    });
  return { child, ready: next("ready"), idle: () => next("idle") };
}

/** A worker in this process on its own database connection. */
function localWorker(dir: string, api: FakeBotApi, leaseMs: number) {
  const db = openDatabase(dir);
  dbs.push(db);
  const worker = createBroadcastWorker({
    jobs: createJobRepo(db),
    send: sendTo(api),
    limits: { perSecond: 200, maxConcurrent: 8, privateGapMs: 0 },
    pollMs: 50,
    deliverOptions: { leaseMs },
  });
  workers.push(worker);
  return { db, worker };
}

describe("several workers over one database", () => {
  it("two processes and two more connections racing on 300 subscribers: every subscriber gets exactly one copy", async () => {
    fake = await startFakeBotApi({ latencyMs: 3 });
    const api = fake;
    const { dir, jobId } = seed();
    const procs = [spawnWorker(dir, api, 5000), spawnWorker(dir, api, 5000)];
    await Promise.all(procs.map((p) => p.ready));
    const locals = [localWorker(dir, api, 5000), localWorker(dir, api, 5000)];
    const idles = procs.map((p) => p.idle());
    for (const p of procs) p.child.send("go");
    for (const l of locals) l.worker.start();
    await Promise.all([...idles, ...locals.map((l) => l.worker.idle())]);
    expectOneCopyEach(api);
    const jobs = createJobRepo(locals[0]?.db as Db);
    expect(jobs.get(jobId)?.status).toBe("done");
    expect(jobs.stats(jobId)).toMatchObject({ total: N, sent: N, remaining: 0 });
  }, 60_000);

  it("a worker killed mid-lease: its rows are taken over only after the lease expires, still one copy each", async () => {
    fake = await startFakeBotApi();
    const api = fake;
    // While `hang` is on, Telegram never answers: the first worker's sends stay in flight until it is killed.
    let hang = true;
    api.setHandler((call) => (call.method === "sendMessage" && hang ? new Promise(() => {}) : undefined));
    const { dir } = seed();
    const leaseMs = 1500;
    const doomed = spawnWorker(dir, api, leaseMs);
    await doomed.ready;
    doomed.child.send("go");
    await api.waitFor("sendMessage", undefined, 15_000);
    while (api.callsTo("sendMessage").length < 8) await new Promise((r) => setTimeout(r, 10));

    const db = openDatabase(dir);
    dbs.push(db);
    const heldRows = () =>
      db
        .prepare(
          "SELECT chat_id, claimed_by, lease_until FROM broadcast_deliveries WHERE claimed_by IS NOT NULL AND status IN ('pending', 'sending')",
        )
        .all() as { chat_id: number; claimed_by: string; lease_until: number }[];
    expect(heldRows().length).toBeGreaterThanOrEqual(8);
    doomed.child.kill("SIGKILL");
    await new Promise((r) => doomed.child.once("exit", r));
    const killedAt = Date.now();
    // What the dead worker held, with the lease as it last renewed it.
    const held = heldRows();
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(new Set(held.map((r) => r.claimed_by)).size).toBe(1);
    hang = false;

    const heirs = [localWorker(dir, api, leaseMs), localWorker(dir, api, leaseMs)];
    for (const h of heirs) h.worker.start();
    await Promise.all(heirs.map((h) => h.worker.idle()));
    expectOneCopyEach(api);
    // The dead worker's rows went out again only once its lease had run out (renewed while it lived).
    const heldChats = new Set(held.map((r) => r.chat_id));
    const firstRetake = Math.min(
      ...api
        .callsTo("sendMessage")
        .filter((c) => c.response?.status === 200 && heldChats.has(Number(c.params.chat_id)))
        .map((c) => c.at),
    );
    const leaseEnd = Math.min(...held.map((r) => r.lease_until));
    expect(leaseEnd).toBeGreaterThan(killedAt - leaseMs);
    expect(firstRetake).toBeGreaterThanOrEqual(leaseEnd);
    expect(firstRetake).toBeLessThan(killedAt + leaseMs + 5000);
  }, 60_000);
});

// One engine measurement in a fresh process, so each size starts from a clean heap:
//   node --expose-gc --import tsx bench/lib/engine-child.ts <input.json> <warmups> <runs>
// Memory first (the first, cold run): RSS sampled every millisecond by a worker thread plus the kernel's peak
// RSS, against the RSS just before the run; and the heap the result keeps after a full GC. Then the timed runs.
// Prints one JSON line on stdout.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { computeRanking, type CompetitionInput } from "@/lib/scoring";

const [file, warmupArg, runArg] = process.argv.slice(2);
if (!file) throw new Error("usage: engine-child.ts <input.json> <warmups> <runs>");
const warmups = Number(warmupArg ?? 3);
const runs = Number(runArg ?? 10);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const input = JSON.parse(readFileSync(file, "utf8")) as CompetitionInput;
const scores = input.reviews.reduce((n, r) => n + Object.keys(r.values).length, 0);

const SAMPLER = `
const { parentPort } = require("node:worker_threads");
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 1);
parentPort.on("message", () => { clearInterval(timer); parentPort.postMessage(peak); });
`;

async function memory() {
  const sampler = new Worker(SAMPLER, { eval: true });
  await new Promise((r) => setTimeout(r, 50));
  gc!();
  gc!();
  const before = process.memoryUsage();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let output: unknown = computeRanking(input);
  await new Promise((r) => setTimeout(r, 5));
  const sampled = await new Promise<number>((resolve) => {
    sampler.once("message", resolve);
    sampler.postMessage("stop");
  });
  await sampler.terminate();
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  gc!();
  gc!();
  const retained = process.memoryUsage().heapUsed - before.heapUsed;
  output = null;
  // The kernel's peak counts only when this run raised it above everything before (parsing the input, say).
  const peakRss = Math.max(sampled, maxRssAfter > maxRssBefore ? maxRssAfter : 0);
  return { rssBefore: before.rss, peakRssDelta: peakRss - before.rss, retainedHeap: retained, output };
}

const mem = await memory();
for (let i = 0; i < warmups; i++) computeRanking(input);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const u = process.cpuUsage();
  const t = performance.now();
  computeRanking(input);
  wall.push(performance.now() - t);
  const d = process.cpuUsage(u);
  cpu.push((d.user + d.system) / 1000);
}
process.stdout.write(
  `${JSON.stringify({
    entries: input.entries.length,
    reviews: input.reviews.length,
    scores,
    wall,
    cpu,
    rssBefore: mem.rssBefore,
    peakRssDelta: mem.peakRssDelta,
    retainedHeap: mem.retainedHeap,
  })}\n`,
);

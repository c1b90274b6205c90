// Preloaded into a benchmarked child (`node --import ./bench/rss.mjs …`): on exit, appends one JSON
// line {pid, ppid, maxRSS, cpuMs} (maxRSS in kB, from getrusage; cpuMs: user + system CPU of the whole process,
// worker threads included) to the file named by BENCH_RSS_FILE.
// Only the main thread writes (worker threads share the process's RSS); a forked child that
// inherits the flag appends its own line, and the bench tells them apart by pid.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
      appendFileSync(file, JSON.stringify({ pid: process.pid, ppid: process.ppid, maxRSS: usage.maxRSS, cpuMs }) + '\n');
    } catch {
      // Measuring must never change the child's exit.
    }
  });
}

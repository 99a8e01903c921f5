// Adds up the layers into one closing line: "total: N passed, N failed".
// A layer that failed without a failing test (a build error, say) still counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [logs, report, failedLayers = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(logs)) {
  for (const m of readFileSync(join(logs, file), 'utf8').matchAll(/test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/g)) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    skipped += Number(m[3]);
  }
}
if (existsSync(report)) {
  const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
failed = Math.max(failed, Number(failedLayers));
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);

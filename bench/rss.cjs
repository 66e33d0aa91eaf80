// Preloaded into every Node process the benchmark times (`node --require bench/rss.cjs ...`): at exit
// it writes the process's peak resident memory, in bytes, to the file named by GOALPOST_BENCH_RSS.
// Only numbers are written: nothing of the document.
const { writeFileSync } = require('node:fs');

const out = process.env.GOALPOST_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS * 1024));
  });
}

// Loaded with `node --require`: on exit, append this process's peak resident memory (bytes) to
// the file named by PIPEFORGE_RSS_FILE. CommonJS on purpose: a probe loaded with `--import` starts
// Node's ES module loader in a process that otherwise never does (bin/pipeforge.js is CommonJS),
// and that added some 18 ms to every measured run.
const { appendFileSync } = require("node:fs");

const file = process.env.PIPEFORGE_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`));

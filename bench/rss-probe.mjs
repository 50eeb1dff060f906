// Loaded with `node --import`: on exit, append this process's peak resident
// memory (bytes) to the file named by PIPEFORGE_RSS_FILE.
import { appendFileSync } from "node:fs";

const file = process.env.PIPEFORGE_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`));

#!/usr/bin/env node
// The `hisab` command (`npx hisab audit workbook.xlsx`): scripts/hisab.ts run through tsx, which `npm ci` installs.
require("tsx/cjs");
require("../scripts/hisab.ts")
  .hisab(process.argv.slice(2))
  .then((code) => (process.exitCode = code));

#!/usr/bin/env node
// The `hisab` command (`npx hisab audit workbook.xlsx`): scripts/hisab.ts run through tsx, which `npm ci` installs.
require("tsx/cjs");
require("../scripts/hisab.ts");

#!/usr/bin/env node
// The `convenantbot` command. npm puts the project's own Node 24 (the `node` dependency) first
// on the PATH for npm scripts and npx, so this file and the TypeScript it loads run on it.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `convenantbot needs Node 24 or newer; this is Node ${process.versions.node}.\n` +
      "Run it through npm so that the project's own Node is used: npx convenantbot ... or npm start.",
  );
  process.exit(1);
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

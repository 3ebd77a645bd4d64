/**
 * The layering, enforced in `npm test` (`npm run deps`):
 *   kernel  ←  model (records and storage ports)  ←  core (shared words, roles, logger)
 *           ←  features (src/*)  ←  bot (router)  ←  composition (src/app.ts, src/app/, src/cli)
 *   adapters → kernel only;  storage backends → the model only.
 * Violations that existed when a rule was written are listed in
 * .dependency-cruiser-known-violations.json and reported as warnings, so the count can only
 * go down: a new one fails the run. `npm run deps:baseline` rewrites that list after a
 * violation is removed.
 */
module.exports = {
  forbidden: [
    {
      name: "kernel-imports-nothing",
      comment:
        "The kernel is the contracts everything else depends on; it depends on nothing of the project.",
      severity: "error",
      from: { path: "^src/kernel/" },
      to: { path: "^(src|adapters)/", pathNot: "^src/kernel/" },
    },
    {
      name: "adapters-only-kernel",
      comment: "An adapter translates one platform to the kernel's model; it knows no feature.",
      severity: "error",
      from: { path: "^adapters/([^/]+)/" },
      to: { path: "^(src|adapters)/", pathNot: ["^src/kernel/", "^adapters/$1/"] },
    },
    {
      name: "features-not-adapters",
      comment: "Features never reach into a platform's adapter.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/app\\.ts$", "^src/app/", "^src/cli/"] },
      to: { path: "^adapters/" },
    },
    {
      name: "storage-backends-only-ports",
      comment: "A storage backend implements the ports; it knows no feature's behaviour.",
      severity: "error",
      from: { path: "^src/storage/(memory|lowdb|postgres)/" },
      to: {
        path: "^src/",
        pathNot: ["^src/storage/", "^src/kernel/", "^src/model/", "^src/errors\\.ts$"],
      },
    },
    {
      name: "model-only-kernel",
      comment: "The records and storage ports are what features and backends share; they know neither.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^(src|adapters)/", pathNot: ["^src/model/", "^src/kernel/"] },
    },
    {
      name: "features-not-storage",
      comment: "Features work on the ports (src/model/ports.ts); only the composition opens a backend.",
      severity: "error",
      from: {
        path: "^src/",
        pathNot: ["^src/storage/", "^src/app\\.ts$", "^src/app/", "^src/cli/"],
      },
      to: { path: "^src/storage/" },
    },
    {
      name: "core-not-features",
      comment: "Core is what every feature shares; it imports none of them (the router is src/bot).",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/core/",
          "^src/kernel/",
          "^src/model/",
          "^src/knowledge/",
          "^src/errors\\.ts$",
          "^src/engine/types\\.ts$",
        ],
      },
    },
    {
      name: "no-circular",
      comment: "Imports run one way; a cycle means two modules are one.",
      severity: "error",
      from: { path: "^(src|adapters)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(tests|bench|node_modules)/" },
  },
};

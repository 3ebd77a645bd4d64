/**
 * The layering, enforced in `npm test` (`npm run deps`):
 *   kernel  ←  features (src/*)  ←  composition (src/main.ts, src/core/assemble.ts, src/cli)
 *   adapters → kernel only;  storage backends → the ports and the models they store.
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
      from: { path: "^src/", pathNot: ["^src/main\\.ts$", "^src/cli/"] },
      to: { path: "^adapters/" },
    },
    {
      name: "storage-backends-only-ports",
      comment: "A storage backend implements the ports; it knows no feature's behaviour.",
      severity: "error",
      from: { path: "^src/storage/(memory|lowdb|postgres)/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/storage/",
          "^src/kernel/",
          "^src/delivery/model\\.ts$",
          "^src/meetings/model\\.ts$",
          "^src/signals/model\\.ts$",
          "^src/errors\\.ts$",
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

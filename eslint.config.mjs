import nx from "@nx/eslint-plugin";

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
        ignores: [
            "**/dist",
            "**/out-tsc",
            "**/.data",
            "**/.nx",
            "tests/**/screenshots"
        ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    depConstraints: [
                        { sourceTag: "platform:shared", onlyDependOnLibsWithTags: ["platform:shared"],
                          bannedExternalImports: ["@nestjs/*", "typeorm", "@angular/*", "bullmq", "ioredis", "pg"] },
                        { sourceTag: "platform:server", onlyDependOnLibsWithTags: ["platform:server", "platform:shared"] },
                        { sourceTag: "platform:client", onlyDependOnLibsWithTags: ["platform:client", "platform:shared"],
                          bannedExternalImports: ["@nestjs/*", "typeorm", "bullmq", "ioredis", "pg"] },
                        { sourceTag: "type:app", onlyDependOnLibsWithTags: ["type:feature", "type:data-access", "type:ui", "type:util"] },
                        { sourceTag: "type:feature", onlyDependOnLibsWithTags: ["type:feature", "type:data-access", "type:ui", "type:util"] },
                        { sourceTag: "type:data-access", onlyDependOnLibsWithTags: ["type:data-access", "type:util"] },
                        { sourceTag: "type:ui", onlyDependOnLibsWithTags: ["type:ui", "type:util"] },
                        { sourceTag: "type:util", onlyDependOnLibsWithTags: ["type:util"] }
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        rules: {
            "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }]
        }
    }
];

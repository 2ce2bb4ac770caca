const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/worker'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Worker-thread script of the permit PDF renderer (loaded next to main.js).
      // and of batch matching (libs/server/placements MatchingThread).
      additionalEntryPoints: [
        { entryName: 'render-permit-thread', entryPath: join(__dirname, '../../libs/server/permits/src/lib/pdf/render-thread.ts') },
        { entryName: 'matching-batch-thread', entryPath: join(__dirname, '../../libs/matching/src/batch-thread.ts') },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};

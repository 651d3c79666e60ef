// Imported first by the server entries (through serve.mts). tsx, which runs the TypeScript entry,
// turns on Node's source maps; the server then runs Next.js's compiled chunks, and with source maps
// on Node parses and keeps the .map of every module it loads: about 150 MB more per process, for
// stack traces that `next start` does not map either.
process.setSourceMapsEnabled(false);

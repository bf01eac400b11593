// Generated from schemas/*.schema.json by scripts/generate-types.js; do not edit.
// Run `npm run types` after changing a schema.
export {};

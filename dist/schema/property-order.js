import { fieldsSchema, loadSchemas, SCHEMA_BASE_URL } from './schema-files.js';
/**
 * The fields of a record kind (or of a mapping inside it, at `path`) in the order its schema
 * lists them: the order a person reads them in, and where an edit puts a field it adds.
 */
export function propertyOrder(kind, path = []) {
    const schemas = loadSchemas();
    const byFile = (file) => schemas.find((candidate) => candidate.$id === `${SCHEMA_BASE_URL}${file}`);
    // A shared definition (a KPI, a partner) is followed to where defs.schema.json spells it out.
    const resolve = (node) => {
        const [file, pointer] = node?.$ref?.split('#') ?? [];
        if (file === undefined || pointer === undefined)
            return node;
        const root = byFile(file === '' ? 'defs.schema.json' : file);
        return resolve(pointer.split('/').filter(Boolean).reduce((at, key) => at?.[key], root));
    };
    let node = resolve(fieldsSchema(kind));
    for (const key of path) {
        const property = resolve(node?.properties?.[key]);
        node = resolve(property?.items ?? property);
    }
    return Object.keys(node?.properties ?? {});
}

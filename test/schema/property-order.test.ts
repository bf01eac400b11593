import { describe, expect, it } from 'vitest';
import { propertyOrder } from '../../src/schema/property-order.js';

describe('propertyOrder', () => {
  it.each([
    ['project', [], ['name', 'problem', 'status', 'started', 'ended', 'partner', 'mou_signed', 'team', 'repository', 'license', 'website', 'kpis', 'redeployments']],
    ['project', ['team'], ['member', 'role']],
    // A shared definition is followed into defs.schema.json.
    ['project', ['kpis'], ['name', 'target', 'actual', 'unit', 'history']],
  ] as const)('lists the fields of %s at %j in the schema\'s order', (kind, path, order) => {
    expect(propertyOrder(kind, path)).toEqual(order);
  });
});

// Chevrotain's own checks of the grammar (ambiguities, left recursion, unreachable alternatives).
// The shipped parser skips them to start fast on Node 20; this test runs them on every change.
import { describe, expect, it } from 'vitest';
import { LineParser } from '../../server/src/core/syntax/grammar';

describe('the line grammar', () => {
  it('passes Chevrotain self-analysis', () => {
    // Chevrotain's checks call Object.groupBy (Node 21+). Lend it here on Node 20, and only here.
    const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
    const lent = objectWithGroupBy.groupBy === undefined;
    if (lent) {
      objectWithGroupBy.groupBy = <T>(items: Iterable<T>, key: (item: T) => PropertyKey) => {
        const groups: Record<PropertyKey, T[]> = {};
        for (const item of items) (groups[key(item)] ??= []).push(item);
        return groups;
      };
    }
    try {
      expect(() => new LineParser({ validate: true })).not.toThrow();
    } finally {
      if (lent) delete objectWithGroupBy.groupBy;
    }
  });
});

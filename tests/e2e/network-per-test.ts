import { afterEach, beforeEach, expect } from 'vitest';

interface ServedNetwork {
  refused: string[];
  served: string[];
}

/**
 * Each test of the file checks its own traffic after it ran: nothing it did was refused (a request to anything but a
 * page the test serves), so the check needs no test after it, and no test relies on another having run.
 * `refusedOnPurpose()` is for the one test that proves the check is not blind by making such a request itself.
 */
export function checkNetworkPerTest(network: () => ServedNetwork): { refusedOnPurpose: () => void } {
  let from = 0;
  beforeEach(() => {
    from = network().refused.length;
  });
  afterEach(() => {
    expect(network().refused.slice(from), 'requests refused during this test (they would have left the machine)').toEqual([]);
  });
  return {
    refusedOnPurpose: () => {
      from = network().refused.length;
    },
  };
}

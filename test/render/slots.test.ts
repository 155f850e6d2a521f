/** The page pool's queue: never more slots out than exist, first come first served, closable. */

import { describe, expect, it } from 'vitest';
import { Slots } from '../../src/render/slots.js';

describe('Slots', () => {
  it('hands out each slot once and makes the rest wait, in order', async () => {
    const slots = new Slots(['a', 'b']);
    expect([await slots.acquire(), await slots.acquire()]).toEqual(['a', 'b']);
    const order: string[] = [];
    const first = slots.acquire().then((slot) => order.push(`1:${slot}`));
    const second = slots.acquire().then((slot) => order.push(`2:${slot}`));
    slots.release('b');
    slots.release('a');
    await Promise.all([first, second]);
    expect(order).toEqual(['1:b', '2:a']);
  });

  it('refuses the waiting and every later request once closed', async () => {
    const slots = new Slots(['a']);
    await slots.acquire();
    const waiting = slots.acquire();
    slots.close(new Error('stängd'));
    await expect(waiting).rejects.toThrow('stängd');
    await expect(slots.acquire()).rejects.toThrow('stängd');
  });
});

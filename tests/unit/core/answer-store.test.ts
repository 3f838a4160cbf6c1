/** The written answer's store: kept per scenario in storage, in memory when storage fails, never lost while the page is open. */
import { describe, expect, it } from 'vitest';
import { createAnswerStore } from '../../../game/services/answer-store';
import { createMemoryStorage } from '../../../game/services/save-store';
import { scenarioKeys } from '../../../game/services/storage';

describe('answer store', () => {
  it('keeps the answer under the scenario’s own key, and forgets an emptied answer', () => {
    const storage = createMemoryStorage();
    const key = scenarioKeys('excomm-1962').written;
    expect(key).toBe('excomm-1962:written');
    const a = createAnswerStore(storage, key);
    expect(a.load()).toBe('');
    expect(a.save('The settlement was a success.')).toBe(true);
    expect(storage.getItem(key)).toBe('The settlement was a success.');
    expect(createAnswerStore(storage, key).load()).toBe('The settlement was a success.');
    expect(createAnswerStore(storage, scenarioKeys('other').written).load()).toBe('');
    a.save('');
    expect(storage.size).toBe(0);
    expect(a.persistent).toBe(true);
  });
  it('carries on in memory when there is no storage or it refuses a write', () => {
    const none = createAnswerStore(null, 'k');
    expect(none.persistent).toBe(false);
    expect(none.save('draft')).toBe(false);
    expect(none.load()).toBe('draft');

    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    const a = createAnswerStore(full, 'k');
    expect(a.persistent).toBe(true);
    expect(a.save('a long answer')).toBe(false);
    expect(a.persistent).toBe(false);
    expect(a.load()).toBe('a long answer');
  });
});

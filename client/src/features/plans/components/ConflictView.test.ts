import { describe, expect, it } from 'vitest';
import ConflictView from './ConflictView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem } from '../../../test/factories.js';

describe('ConflictView', () => {
  const theirs = makeItem({
    status: 'AT_RISK',
    progress: 30,
    version: 5,
    lastUpdate: { text: 'Försenat av upphandlingen', authorName: 'Omar Nilsson', at: '2026-11-22T10:00:00.000Z' },
  });
  const mine = {
    status: 'IN_PROGRESS' as const,
    progress: 30,
    text: 'Mitt utkast som inte får försvinna',
    evidenceUrl: '',
    effect: '',
  };

  it('shows their version and the unsaved draft side by side, marking what differs', () => {
    const { wrapper } = mountWithApp(ConflictView, { props: { conflict: { theirs, mine } } });
    const [theirSide, mySide] = wrapper.findAll('.version');
    expect(theirSide!.text()).toContain('Försenat av upphandlingen');
    expect(theirSide!.text()).toContain('Omar Nilsson');
    expect(theirSide!.text()).toContain('I riskzonen');
    expect(mySide!.text()).toContain('Mitt utkast som inte får försvinna');
    expect(mySide!.text()).toContain('Pågår');
    expect(mySide!.findAll('.differs')).toHaveLength(1);
  });

  it('lets the user re-apply the draft or drop it', async () => {
    const { wrapper } = mountWithApp(ConflictView, { props: { conflict: { theirs, mine } } });
    const buttons = wrapper.findAll('button');
    await buttons[0]!.trigger('click');
    await buttons[1]!.trigger('click');
    expect(Object.keys(wrapper.emitted())).toEqual(expect.arrayContaining(['reapply', 'discard']));
  });
});

import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { Role, Viewer } from '../../auth/viewer.js';
import { canCommentOn, canEditComment, canModerate, canSeeFullComment } from './comment.policy.js';

const person = new mongoose.Types.ObjectId();
const viewer = (role: Role, personId = new mongoose.Types.ObjectId().toHexString()): Viewer => ({
  personId,
  name: 'n',
  email: 'e',
  memberships: [{ role, municipalityCode: '1490', organisationCode: '1490', organisationId: 'o' }],
});
const comment = { municipalityCode: '1490', authorId: person, hidden: null as unknown };

describe('comment policy', () => {
  it('lets teachers comment on published things only', () => {
    expect(canCommentOn(viewer('teacher'), { municipalityCode: '1490', status: 'active' })).toBe(true);
    expect(canCommentOn(viewer('teacher'), { municipalityCode: '1490', status: 'closed' })).toBe(true);
    expect(canCommentOn(viewer('teacher'), { municipalityCode: '1490', status: 'draft' })).toBe(false);
    expect(canCommentOn(viewer('coach'), { municipalityCode: '1490', status: 'active' })).toBe(false);
  });

  it('shows hidden text to the author and moderators only', () => {
    expect(canSeeFullComment(viewer('teacher', person.toHexString()), comment)).toBe(true);
    expect(canSeeFullComment(viewer('administration'), comment)).toBe(true);
    expect(canSeeFullComment(viewer('teacher'), comment)).toBe(false);
    expect(canModerate(viewer('politician'), comment)).toBe(false);
  });

  it('lets the author edit until the comment is hidden', () => {
    const author = viewer('teacher', person.toHexString());
    expect(canEditComment(author, comment)).toBe(true);
    expect(canEditComment(author, { ...comment, hidden: { reason: 'x' } })).toBe(false);
    expect(canEditComment(viewer('administration'), comment)).toBe(false);
  });
});

import { z } from 'zod';
import { instant } from '../../shared/validation.js';
import { emailFrequencyValues, mailLanguageValues } from './notification.enums.js';

/** markNotificationsSeen's input: up to which notice the viewer has looked. */
export const seenInput = z.object({ until: instant({ first: 2000, last: 2200 }) });

/** setNotificationPreferences's input. */
export const preferencesInput = z.object({
  emailComments: z.enum(emailFrequencyValues),
  language: z.enum(mailLanguageValues).nullish(),
});

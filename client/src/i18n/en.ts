import type sv from './sv.js';

/** English; must have every key Swedish has (the type checker enforces it). */
const en: typeof sv = {
  app: {
    name: 'Lyfta',
    tagline: 'School improvement for municipalities',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    language: 'Language',
    switchTo: 'På svenska',
    switchToLabel: 'Switch language to Swedish',
    footer: 'Lyfta is open source. Statistics from Skolverket (the Swedish National Agency for Education).',
  },
  nav: {
    home: 'Home',
    plans: 'Action plans',
    goals: 'Goals and results',
    quality: 'Quality work',
    dialogue: 'Dialogue',
  },
  home: {
    title: 'Welcome to Lyfta',
    intro:
      'Here the municipality follows up its action plans, goals and results, the schools’ systematic quality work and the dialogue between teachers, principals, administration and politicians.',
  },
  placeholder: {
    comingSoon: 'This part is being built.',
    plans: 'Action plans with areas, action items, owners, status and follow-up.',
    goals: 'Goals with indicators over time, targets and the municipality’s rank among Sweden’s 290 municipalities.',
    quality: 'The school units’ yearly quality analysis: results, causes, development areas and measures.',
    dialogue: 'Comments, teacher panel, questions and dialogue meetings.',
  },
  notFound: { title: 'Page not found', back: 'Back to the start page' },
  errors: {
    network: 'Could not reach the server. Check the connection and try again.',
    internal: 'Something went wrong on our side. Please try again shortly.',
  },
};
export default en;

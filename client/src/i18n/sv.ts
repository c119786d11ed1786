/** Swedish, the product's first language. Every string a user sees lives here and in en.ts. */
export default {
  app: {
    name: 'Lyfta',
    tagline: 'Skolutveckling för kommuner',
    skipToContent: 'Hoppa till innehållet',
    mainNavigation: 'Huvudmeny',
    language: 'Språk',
    switchTo: 'In English',
    switchToLabel: 'Byt språk till engelska',
    footer: 'Lyfta är öppen källkod. Statistik från Skolverket.',
  },
  nav: {
    home: 'Start',
    plans: 'Handlingsplaner',
    goals: 'Mål och resultat',
    quality: 'Kvalitetsarbete',
    dialogue: 'Dialog',
  },
  home: {
    title: 'Välkommen till Lyfta',
    intro:
      'Här följer kommunen upp sina handlingsplaner, mål och resultat, skolornas systematiska kvalitetsarbete och dialogen mellan lärare, rektorer, förvaltning och politiker.',
  },
  placeholder: {
    comingSoon: 'Den här delen byggs just nu.',
    plans: 'Handlingsplaner med områden, åtgärder, ansvariga, status och uppföljning.',
    goals: 'Mål med nyckeltal över tid, målvärden och kommunens placering bland landets 290 kommuner.',
    quality: 'Skolenheternas årliga kvalitetsanalys: resultat, orsaker, utvecklingsområden och åtgärder.',
    dialogue: 'Kommentarer, lärarpanel, frågor och dialogmöten.',
  },
  notFound: { title: 'Sidan finns inte', back: 'Till startsidan' },
  errors: {
    network: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
    internal: 'Något gick fel hos oss. Försök igen om en stund.',
  },
};

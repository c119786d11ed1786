import type { OrganisationDoc } from '../organisations/index.js';

/** A municipality's chats as the resolvers pass them on. */
export interface ChatBoardView {
  municipality: OrganisationDoc;
}

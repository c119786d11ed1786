export { requireViewer, isAdmin, type Viewer, type Membership, type Role } from './viewer.js';

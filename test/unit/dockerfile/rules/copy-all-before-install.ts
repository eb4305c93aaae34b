/** COPY . . before the dependency install. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM node:20\n⟦COPY⟧ . .\nRUN npm ci" },
  ],
  accepts: [
    { text: "FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . ." },
  ],
};

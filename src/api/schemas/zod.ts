/**
 * The zod the wire schemas are written with: zod/mini (functions instead of methods, so a bundle
 * keeps only what the schemas use; they load with every page). zod/mini ships no messages; the
 * English ones are set here so a server's bad answer and the control plane's refusals read as
 * they did with full zod ("Invalid input: expected string, received number").
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';

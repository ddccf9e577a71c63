import { issue, type FieldIssue } from './field-issue';

/**
 * Network rules (POST/PUT /api/networks): a network needs a name (NetBird answers 422 "network
 * name should not be empty"). Names need not be unique, as in NetBird.
 */
export interface NetworkDraft {
  name: string;
  description?: string | undefined;
}

export function validateNetwork(d: NetworkDraft): FieldIssue[] {
  return d.name.trim() === '' ? [issue('name', 'network name should not be empty')] : [];
}

/**
 * FieldIssue: one broken rule of an object being created or edited. Validators return every issue
 * at once (a form shows them all; the control plane answers 422 with the first), never throw.
 * `field` is the request field path in NetBird's names, e.g. `metric`, `rules.0.ports.1`.
 */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * RefLookup: which referenced objects exist. The control plane answers from its store, a form from
 * the query cache, so the same validator serves both.
 */
export interface RefLookup {
  hasGroup(id: string): boolean;
  hasPeer(id: string): boolean;
  hasNetwork?(id: string): boolean;
  /** The group's name, when known, so messages can say `group "All"` rather than an id. */
  groupName?(id: string): string | undefined;
}

export const issue = (field: string, message: string): FieldIssue => ({ field, message });
